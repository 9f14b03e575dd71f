# PebbleCode's function-mode driver for Ruby (docs/function-mode.md). It evaluates the learner's
# solution.rb, calls their method once per case with the case's arguments, and writes one JSON
# line per case to the results file: the result, or the error and the learner's line. Expected
# values never enter the box: the judge compares outside. One failing case does not hide the others.
require 'json'

PEBBLE_RESULTS = File.open('.pebble-results', 'w') # before any learner code runs
PEBBLE_RESULTS.sync = true

class ListNode
  attr_accessor :val, :next
  def initialize(val = 0, _next = nil)
    @val = val
    @next = _next
  end
end

class TreeNode
  attr_accessor :val, :left, :right
  def initialize(val = 0, left = nil, right = nil)
    @val = val
    @left = left
    @right = right
  end
end

module Pebble
  module_function

  def emit(record)
    PEBBLE_RESULTS.write(JSON.generate(record) + "\n")
  end

  def decode(value, type)
    case type
    when 'ListNode'
      value.reverse.reduce(nil) { |head, v| ListNode.new(v, head) }
    when 'TreeNode'
      return nil if value.empty? || value[0].nil?
      nodes = value.map { |v| v.nil? ? nil : TreeNode.new(v) }
      k = 1
      nodes.each do |node|
        next if node.nil?
        node.left = nodes[k]
        node.right = nodes[k + 1]
        k += 2
      end
      nodes[0]
    else
      value
    end
  end

  def encode(value, type)
    case type
    when 'ListNode'
      out = []
      while value
        out << value.val
        value = value.next
        raise 'the returned list has a cycle' if out.size > 1_000_000
      end
      out
    when 'TreeNode'
      out = []
      queue = [value]
      i = 0
      while i < queue.size
        node = queue[i]
        i += 1
        if node.nil?
          out << nil
          next
        end
        out << node.val
        queue << node.left << node.right
        raise 'the returned tree is too large or has a cycle' if out.size > 1_000_000
      end
      out.pop while !out.empty? && out.last.nil?
      out
    else
      value
    end
  end

  def learner_line(error)
    frame = (error.backtrace_locations || []).find { |l| File.basename(l.path.to_s) == 'solution.rb' }
    frame&.lineno
  end

  def snake(name)
    name.gsub(/([a-z\d])([A-Z])/, '\1_\2').downcase
  end
end

signature = JSON.parse(File.read('signature.json'))
cases = JSON.parse(File.read('cases.json'))
File.delete('cases.json')
# A syntax error prints as `ruby solution.rb` prints it; a top-level raise stays uncaught.
begin
  TOPLEVEL_BINDING.eval(File.read('solution.rb'), 'solution.rb', 1)
rescue SyntaxError => error
  $stderr.write(error.message.end_with?("\n") ? error.message : error.message + "\n")
  exit 1
end

name = signature['function']
names = [name, Pebble.snake(name)].uniq
target = nil
if Object.const_defined?(:Solution) && Solution.is_a?(Class)
  method = names.find { |n| Solution.method_defined?(n) }
  target = ->(*args) { Solution.new.public_send(method, *args) } if method
end
unless target
  method = names.find { |n| Object.private_method_defined?(n) || Object.method_defined?(n) }
  target = ->(*args) { send(method, *args) } if method
end
unless target
  Pebble.emit({ 'missing' => "solution.rb defines no method #{names.join(' or ')} (nor a class Solution with one)" })
  exit 0
end

types = signature['params'].map { |p| p['type'] }
returns = signature['returns']
cases.each_with_index do |c, index|
  args = c['args'].each_with_index.map { |a, i| Pebble.decode(a, types[i]) }
  start = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
  record = { 'case' => index }
  begin
    value = target.call(*args)
    value = args[0] if returns == 'void'
    record['result'] = Pebble.encode(value, returns == 'void' ? 'void' : returns)
  rescue Exception => error # rubocop:disable Lint/RescueException -- the learner's, whatever it is
    record['error'] = "#{error.class}: #{error.message}"
    record['line'] = Pebble.learner_line(error)
  end
  record['ms'] = ((Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - start) * 1000).round(3)
  begin
    Pebble.emit(record)
  rescue StandardError
    Pebble.emit({ 'case' => index, 'error' => "the result is not a #{returns}: #{value.class}", 'ms' => record['ms'] })
  end
end
$stdout.flush
