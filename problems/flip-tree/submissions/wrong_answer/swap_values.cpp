// Swaps the values of two sibling nodes instead of the subtrees themselves.
class Solution {
public:
    TreeNode* flipTree(TreeNode* root) {
        if (!root) return root;
        if (root->left && root->right) swap(root->left->val, root->right->val);
        flipTree(root->left);
        flipTree(root->right);
        return root;
    }
};
