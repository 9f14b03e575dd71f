// Checks the sum when it reaches a missing child instead of at a leaf: a node with one child
// counts as an end point, and an empty tree "has" a path with sum 0.
class Solution {
public:
    bool hasPathSum(TreeNode* root, long long targetSum) {
        if (!root) return targetSum == 0;
        return hasPathSum(root->left, targetSum - root->val) || hasPathSum(root->right, targetSum - root->val);
    }
};
