/* One recursive pass: returns a subtree's height in nodes and updates the best path (in edges). */
static int height(struct TreeNode* node, int* best) {
    if (node == NULL) return 0;
    int l = height(node->left, best), r = height(node->right, best);
    if (l + r > *best) *best = l + r;
    return (l > r ? l : r) + 1;
}

int diameterOfBinaryTree(struct TreeNode* root) {
    int best = 0;
    height(root, &best);
    return best;
}
