<?php
class Solution {
    function rotate(&$matrix) {
        $matrix = array_reverse($matrix);
        $n = count($matrix);
        for ($i = 0; $i < $n; $i++)
            for ($j = 0; $j < $i; $j++) [$matrix[$i][$j], $matrix[$j][$i]] = [$matrix[$j][$i], $matrix[$i][$j]];
    }
}
