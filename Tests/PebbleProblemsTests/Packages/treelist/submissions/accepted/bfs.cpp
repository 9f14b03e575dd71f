class Solution {
public:
    ListNode* rightSide(TreeNode* root, ListNode* extra) {
        vector<TreeNode*> level;
        if (root) level.push_back(root);
        ListNode head, *tail = &head;
        while (!level.empty()) {
            tail = tail->next = new ListNode(level.back()->val);
            vector<TreeNode*> next;
            for (auto* n : level) {
                if (n->left) next.push_back(n->left);
                if (n->right) next.push_back(n->right);
            }
            level = next;
        }
        tail->next = extra;
        return head.next;
    }
};
