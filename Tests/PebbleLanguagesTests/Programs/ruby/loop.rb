n = 0
loop do
  n += 1
end
