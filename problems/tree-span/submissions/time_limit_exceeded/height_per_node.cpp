// Correct, but recomputes the height of both subtrees at every node: on a chain of 10^5 nodes
// that is about 5*10^9 steps.
class Solution {
    int height(TreeNode* node) {
        return node ? 1 + max(height(node->left), height(node->right)) : 0;
    }
public:
    int diameterOfBinaryTree(TreeNode* root) {
        if (!root) return 0;
        int through = height(root->left) + height(root->right);
        return max({through, diameterOfBinaryTree(root->left), diameterOfBinaryTree(root->right)});
    }
};
