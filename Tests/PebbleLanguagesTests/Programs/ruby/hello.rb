name = gets.strip
puts "hello " + name
