// Correct: records every node's parent, then climbs from every leaf to the root counting steps.
// A caterpillar has 5*10^4 leaves at depths up to 5*10^4: about 10^9 steps.
class Solution {
public:
    int maxDepth(TreeNode* root) {
        if (!root) return 0;
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
        int best = 0;
        for (TreeNode* leaf : leaves) {
            int d = 0;
            for (TreeNode* x = leaf; x; x = parent[x]) d++;
            best = max(best, d);
        }
        return best;
    }
};
