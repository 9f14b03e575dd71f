/* Recursive: subtract each value from the 64-bit target on the way down; check at the leaves. */
bool hasPathSum(struct TreeNode* root, long long targetSum) {
    if (root == NULL) return false;
    long long rest = targetSum - root->val;
    if (root->left == NULL && root->right == NULL) return rest == 0;
    return hasPathSum(root->left, rest) || hasPathSum(root->right, rest);
}
