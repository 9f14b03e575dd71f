// Depth-first (recursive): each node appends its value to the row of its depth. Left before right
// keeps every row in left-to-right order.
class Solution {
    void visit(TreeNode* node, size_t depth, vector<vector<int>>& rows) {
        if (!node) return;
        if (depth == rows.size()) rows.emplace_back();
        rows[depth].push_back(node->val);
        visit(node->left, depth + 1, rows);
        visit(node->right, depth + 1, rows);
    }
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> rows;
        visit(root, 0, rows);
        return rows;
    }
};
