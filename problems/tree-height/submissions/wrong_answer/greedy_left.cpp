// Walks down one path only, preferring the left child: misses a deeper branch elsewhere.
class Solution {
public:
    int maxDepth(TreeNode* root) {
        int depth = 0;
        while (root) {
            depth++;
            root = root->left ? root->left : root->right;
        }
        return depth;
    }
};
