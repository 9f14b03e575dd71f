void rotate(int** matrix, int matrixSize, int* matrixColSize) {
    for (int top = 0, bottom = matrixSize - 1; top < bottom; top++, bottom--) {
        int* row = matrix[top];
        matrix[top] = matrix[bottom];
        matrix[bottom] = row;
    }
    for (int i = 0; i < matrixSize; i++)
        for (int j = 0; j < i; j++) {
            int t = matrix[i][j];
            matrix[i][j] = matrix[j][i];
            matrix[j][i] = t;
        }
}
