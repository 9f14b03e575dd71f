// Correct: flips the tree one depth at a time, each pass walking down from the root to that depth.
// A chain of 10^5 nodes takes about 5*10^9 steps.
class Solution {
    int height(TreeNode* node) {
        return node ? 1 + max(height(node->left), height(node->right)) : 0;
    }
    void swapAt(TreeNode* node, int depth) {
        if (!node) return;
        if (depth == 0) {
            swap(node->left, node->right);
            return;
        }
        swapAt(node->left, depth - 1);
        swapAt(node->right, depth - 1);
    }
public:
    TreeNode* flipTree(TreeNode* root) {
        int h = height(root);
        for (int d = 0; d < h; d++) swapAt(root, d);
        return root;
    }
};
