// Reads q.size() in the loop condition while the loop pops and pushes: the row boundary moves,
// so nodes of the next row slip into the current one.
class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> rows;
        queue<TreeNode*> q;
        if (root) q.push(root);
        while (!q.empty()) {
            vector<int> row;
            for (int i = 0; i < (int)q.size(); i++) {
                TreeNode* node = q.front();
                q.pop();
                row.push_back(node->val);
                if (node->left) q.push(node->left);
                if (node->right) q.push(node->right);
            }
            rows.push_back(row);
        }
        return rows;
    }
};
