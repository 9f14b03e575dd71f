/* Recursive: mirror both subtrees, then put them on the opposite sides. */
struct TreeNode* flipTree(struct TreeNode* root) {
    if (root == NULL) return NULL;
    struct TreeNode* left = flipTree(root->left);
    struct TreeNode* right = flipTree(root->right);
    root->left = right;
    root->right = left;
    return root;
}
