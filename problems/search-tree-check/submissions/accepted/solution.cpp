// Recursive in-order walk, remembering the previous node (not a sentinel value).
class Solution {
    TreeNode* prev = nullptr;
    bool inorder(TreeNode* node) {
        if (!node) return true;
        if (!inorder(node->left)) return false;
        if (prev && prev->val >= node->val) return false;
        prev = node;
        return inorder(node->right);
    }
public:
    bool isValidBST(TreeNode* root) {
        prev = nullptr;
        return inorder(root);
    }
};
