// Correct: records every node's parent, then adds up each leaf's path by climbing to the root.
// A caterpillar has 5*10^4 leaves at depths up to 5*10^4: about 10^9 steps.
class Solution {
public:
    bool hasPathSum(TreeNode* root, long long targetSum) {
        if (!root) return false;
        unordered_map<TreeNode*, TreeNode*> parent;
        vector<TreeNode*> leaves, stack{root};
        parent[root] = nullptr;
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            if (!node->left && !node->right) leaves.push_back(node);
            for (TreeNode* c : {node->left, node->right})
                if (c) { parent[c] = node; stack.push_back(c); }
        }
        for (TreeNode* leaf : leaves) {
            long long total = 0;
            for (TreeNode* x = leaf; x; x = parent[x]) total += x->val;
            if (total == targetSum) return true;
        }
        return false;
    }
};
