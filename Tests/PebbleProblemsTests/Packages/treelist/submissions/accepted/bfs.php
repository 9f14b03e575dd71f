<?php
class Solution {
    function rightSide($root, $extra) {
        $level = $root ? [$root] : [];
        $head = $tail = new ListNode();
        while ($level) {
            $tail = $tail->next = new ListNode(end($level)->val);
            $next = [];
            foreach ($level as $n) {
                if ($n->left) $next[] = $n->left;
                if ($n->right) $next[] = $n->right;
            }
            $level = $next;
        }
        $tail->next = $extra;
        return $head->next;
    }
}
