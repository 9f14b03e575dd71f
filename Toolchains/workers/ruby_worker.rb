# A single-use, pre-started Ruby for one job (docs/languages.md, "Workers"). Everything before the
# job arrives is the interpreter's start-up (RubyGems included), which the sandbox does not count.
# Then it runs the learner's file as `ruby main.rb` would: `$0`, `__FILE__`, ARGV, the way an
# uncaught error is printed and the exit status are the same; its own frames are left out.
channel = IO.for_fd(3, autoclose: true)
channel.syswrite("R") # ready: the sandbox reports this worker started only now
args = channel.gets.to_s.chomp.split("\t", -1)
channel.close
script = args.shift
$0 = script
ARGV.replace(args)
source = File.binread(script)

def pebble_report(error, worker_frames)
  trace = (error.backtrace || []).reject { |frame| worker_frames.any? { |w| frame.start_with?(w) } }
  if error.is_a?(SyntaxError)
    $stderr.write(error.message.end_with?("\n") ? error.message : error.message + "\n")
    return
  end
  head = trace.first || script
  $stderr.write("#{head}: #{error.message} (#{error.class})\n")
  trace.drop(1).each { |frame| $stderr.write("\tfrom #{frame}\n") }
end

begin
  TOPLEVEL_BINDING.eval(source, script, 1)
rescue SystemExit
  raise
rescue Exception => error # rubocop:disable Lint/RescueException -- the learner's, whatever it is
  $stdout.flush
  pebble_report(error, [__FILE__])
  exit!(1) if error.is_a?(SyntaxError)
  exit(1)
end
