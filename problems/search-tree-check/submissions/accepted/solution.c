/* Recursive, with 64-bit bounds just outside the 32-bit range: no real value can equal them. */
static bool within(struct TreeNode* node, long long low, long long high) {
    if (node == NULL) return true;
    if (node->val <= low || node->val >= high) return false;
    return within(node->left, low, node->val) && within(node->right, node->val, high);
}

bool isValidBST(struct TreeNode* root) {
    return within(root, (long long)INT_MIN - 1, (long long)INT_MAX + 1);
}
