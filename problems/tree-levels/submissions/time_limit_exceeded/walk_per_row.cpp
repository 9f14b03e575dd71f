// Correct: finds the height, then walks down from the root once per row to collect that row.
// A chain of 10^5 nodes takes about 5*10^9 steps.
class Solution {
    int height(TreeNode* node) {
        return node ? 1 + max(height(node->left), height(node->right)) : 0;
    }
    void collect(TreeNode* node, int depth, vector<int>& row) {
        if (!node) return;
        if (depth == 0) {
            row.push_back(node->val);
            return;
        }
        collect(node->left, depth - 1, row);
        collect(node->right, depth - 1, row);
    }
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> rows;
        int h = height(root);
        for (int d = 0; d < h; d++) {
            rows.emplace_back();
            collect(root, d, rows.back());
        }
        return rows;
    }
};
