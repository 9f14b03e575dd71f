var rotate = function(matrix) {
  matrix = matrix.slice().reverse();
  for (let i = 0; i < matrix.length; i++)
    for (let j = 0; j < i; j++) [matrix[i][j], matrix[j][i]] = [matrix[j][i], matrix[i][j]];
};
