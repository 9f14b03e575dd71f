class Solution {
public:
    bool hasPathSum(TreeNode* root, long long targetSum) {
        if (!root) return false;
        long long rest = targetSum - root->val;
        if (!root->left && !root->right) return rest == 0;
        return hasPathSum(root->left, rest) || hasPathSum(root->right, rest);
    }
};
