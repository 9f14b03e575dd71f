func rotate(matrix [][]int) {
	n := len(matrix)
	for top, bottom := 0, n-1; top < bottom; top, bottom = top+1, bottom-1 {
		matrix[top], matrix[bottom] = matrix[bottom], matrix[top]
	}
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
		}
	}
}
