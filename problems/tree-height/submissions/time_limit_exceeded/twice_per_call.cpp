// Correct, but asks for the winning side's depth a second time: 2^depth calls on a chain.
class Solution {
public:
    int maxDepth(TreeNode* root) {
        if (!root) return 0;
        if (maxDepth(root->left) > maxDepth(root->right)) return maxDepth(root->left) + 1;
        return maxDepth(root->right) + 1;
    }
};
