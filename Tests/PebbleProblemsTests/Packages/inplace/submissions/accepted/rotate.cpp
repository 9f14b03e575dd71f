class Solution {
public:
    void rotate(vector<vector<int>>& matrix) {
        reverse(matrix.begin(), matrix.end());
        for (size_t i = 0; i < matrix.size(); i++)
            for (size_t j = 0; j < i; j++) swap(matrix[i][j], matrix[j][i]);
    }
};
