/* Breadth-first with an array queue; the rows are slices of the queue. */
int** levelOrder(struct TreeNode* root, int* returnSize, int** returnColumnSizes) {
    *returnSize = 0;
    *returnColumnSizes = NULL;
    if (root == NULL) return NULL;
    int cap = 1024, tail = 0, head = 0, rowsCap = 64;
    struct TreeNode** queue = malloc(sizeof(struct TreeNode*) * cap);
    int** rows = malloc(sizeof(int*) * rowsCap);
    int* sizes = malloc(sizeof(int) * rowsCap);
    queue[tail++] = root;
    while (head < tail) {
        int end = tail, count = end - head;
        if (*returnSize == rowsCap) {
            rowsCap *= 2;
            rows = realloc(rows, sizeof(int*) * rowsCap);
            sizes = realloc(sizes, sizeof(int) * rowsCap);
        }
        int* row = malloc(sizeof(int) * count);
        for (int i = 0; head < end; head++, i++) {
            struct TreeNode* node = queue[head];
            row[i] = node->val;
            if (tail + 2 > cap) {
                cap *= 2;
                queue = realloc(queue, sizeof(struct TreeNode*) * cap);
            }
            if (node->left) queue[tail++] = node->left;
            if (node->right) queue[tail++] = node->right;
        }
        rows[*returnSize] = row;
        sizes[*returnSize] = count;
        (*returnSize)++;
    }
    free(queue);
    *returnColumnSizes = sizes;
    return rows;
}
