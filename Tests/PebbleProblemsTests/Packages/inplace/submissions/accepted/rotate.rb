# @param {Integer[][]} matrix
# @return {Void} Do not return anything, modify matrix in-place instead.
def rotate(matrix)
  matrix.reverse!
  matrix.each_index { |i| (0...i).each { |j| matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j] } }
end
