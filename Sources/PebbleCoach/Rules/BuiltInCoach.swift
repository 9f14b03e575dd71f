import Foundation

/// The default coach: works offline, deterministic, fast. It writes each answer from a `Finding`,
/// in the learner's language's words, at the tier asked for: `hint` points at a region and asks a
/// question, `explain` says what the error or verdict means, `next` names one concrete step.
/// It never writes code: a snippet it quotes is the learner's own.
public struct BuiltInCoach: Sendable {
    public init() {}

    public struct Words: Sendable {
        var none: String, list: String, dict: String, printCall: String, language: String
        /// "a list", "an array".
        var aList: String { ("aeiou".contains(list.first ?? "x") ? "an " : "a ") + list }
        init(_ language: String) {
            switch SourceCode.family(of: language) {
            case .python: self.init(none: "None", list: "list", dict: "dictionary", printCall: "print()", language: "Python")
            default:
                switch language {
                case "java": self.init(none: "null", list: "array", dict: "HashMap", printCall: "System.out.println", language: "Java")
                case "javascript", "typescript": self.init(none: "undefined (or null)", list: "array", dict: "object or Map", printCall: "console.log", language: "JavaScript")
                case "c": self.init(none: "a NULL pointer", list: "array", dict: "lookup table", printCall: "printf", language: "C")
                case "cpp", "cpp20": self.init(none: "a null pointer", list: "vector", dict: "map", printCall: "cout", language: "C++")
                default: self.init(none: "null", list: "array", dict: "map", printCall: "the print statement", language: language)
                }
            }
        }
        init(none: String, list: String, dict: String, printCall: String, language: String) {
            self.none = none; self.list = list; self.dict = dict; self.printCall = printCall; self.language = language
        }
    }

    public func answer(_ f: Finding, tier: Tier, code: SourceCode, problem: ProblemContext?, struggle: Int, question: String? = nil) -> String {
        let w = Words(code.language)
        let at = f.line.map { "line \($0)" }
        let atLine = at.map { " on \($0)" } ?? ""
        let quoted = f.line.flatMap { code.line($0) }.map { $0.trimmingCharacters(in: .whitespaces) }
            .flatMap { $0.isEmpty || $0.count > 70 ? nil : "`\($0)`" }
        let test = f.test.map { Self.describe($0) }
        let name = f.facts["name"].map { "`\($0)`" } ?? "a name"
        var text: String
        switch (f.kind, tier) {
        // Syntax
        case (.syntax, .hint):
            text = "\(w.language) stopped reading your code\(atLine)\(quoted.map { ": \($0)" } ?? ""). Read that line slowly, symbol by symbol, and the line just before it. What does the language expect at the end of a line like this one?"
        case (.syntax, .explain):
            text = "This is a syntax error: the code breaks the grammar of \(w.language), so it never ran at all.\(f.facts["expected"].map { " The compiler expected `\($0)`\(atLine)." } ?? " The problem is\(atLine) or just before it.") Common causes are a missing colon, semicolon, bracket or quote."
        case (.syntax, .next):
            text = "Go to \(at ?? "the line the error names") and compare it with a line of the same kind that works\(f.facts["expected"].map { ": the compiler is missing `\($0)` there" } ?? ""). Fix only that, then run again: the next error (if any) will be a different one."
        case (.indentation, .hint):
            text = "Look at the indentation around \(at ?? "the line the error names"). Which lines belong inside the block above, and do they all start at the same column?"
        case (.indentation, .explain):
            text = "Python uses indentation to know which lines belong to a `for`, `if` or `def`. An IndentationError\(atLine) means the spaces at the start of the line do not match the block it should be in (or a block has no indented body)."
        case (.indentation, .next):
            text = "Re-indent \(at ?? "the reported line") so it lines up with the other lines of its block (use 4 spaces, no tabs), then run again."
        case (.unbalanced, .hint):
            text = "Something opened\(at.map { " near \($0)" } ?? "") is never closed. Count the opening and closing brackets, braces and quotes: does every one have its partner?"
        case (.unbalanced, .explain):
            text = "The compiler reached the end of a statement (or of the file) while a bracket, brace or quote was still open. The error is often reported after the real spot, so look at \(at ?? "the reported line") and the lines above it."
        case (.unbalanced, .next):
            text = "Starting at \(at ?? "the reported line"), match each `(`, `[`, `{` and quote with its closing partner and add the one that is missing. Then run again."
        // Names
        case (.undefinedName, .hint):
            if f.facts["attribute"] != nil {
                text = "\(name) is not something a \(f.facts["type"] ?? "value") has\(atLine). Which method of a \(f.facts["type"] ?? "value") does what you want here?"
            } else {
                text = "\(name) is used\(atLine), but \(w.language) has never seen it defined there. Where do you create it, and is it spelled exactly the same in both places?\(f.facts["closest"].map { " (Compare it with `\($0)`.)" } ?? "")"
            }
        case (.undefinedName, .explain):
            text = f.facts["attribute"] != nil
                ? "An AttributeError means the value has no method or field called \(name).\(f.facts["closest"].map { " In \(w.language) the usual name for that is `\($0)`." } ?? "") Method names differ between languages."
                : "The name \(name)\(atLine) is undefined: it was never assigned or declared before that point, or it is spelled differently where it was. Names are case-sensitive.\(f.facts["closest"].map { " Did you mean `\($0)`?" } ?? "")"
        case (.undefinedName, .next):
            if let close = f.facts["closest"] {
                text = "On \(at ?? "the reported line"), check whether \(name) should be `\(close)`; if it is a new variable, give it a value before that line. Then run again."
            } else {
                text = "Define \(name) before \(at ?? "the line that uses it") (give it a starting value), or correct its spelling to match where you defined it. Then run again."
            }
        // Types and returns
        case (.typeMismatch, .hint):
            text = "Two values of different kinds meet\(atLine)\(quoted.map { ": \($0)" } ?? ""). What type is each side there — a number, a string, \(w.aList)?"
        case (.typeMismatch, .explain):
            text = f.facts["lossy"] != nil
                ? "Java refuses to put a `long` (or `double`) into an `int` silently, because the value might not fit\(atLine). The variable's type and the value's type must agree."
                : "A type error means an operation got a kind of value it cannot work with\(atLine): for example adding a number to a string, or calling something that is not a function. The message says which types met: \(f.message.map { "`\($0)`" } ?? "")."
        case (.typeMismatch, .next):
            text = "On \(at ?? "the reported line"), find the value whose type is not the one you meant and convert it where it is created (for example when you read the input), not at every use. Then run again."
        case (.missingReturn, .hint):
            text = "Follow every path through your function\(f.line.map { " (it starts near line \($0))" } ?? ""). Is there a way to reach its end without returning a value?"
        case (.missingReturn, .explain):
            text = "The function promises to return a value, but some path through it ends without a `return`. The compiler cannot know you never take that path, so it refuses (or the value is garbage)."
        case (.missingReturn, .next):
            text = "Find the path that falls off the end of the function and make it return a value of the promised type (what should the answer be when no loop or `if` returned earlier?)."
        case (.compileError, .hint):
            text = "The compiler stopped\(atLine): \(f.message.map { "`\($0)`" } ?? "see the first error"). Read only the first error: which word of it names something in your line?"
        case (.compileError, .explain):
            text = "A compile error means the code was rejected before running. The first error is the one to trust\(atLine); later ones are often caused by it. It says: \(f.message.map { "`\($0)`" } ?? "(no message)")."
        case (.compileError, .next):
            text = "Fix the first compile error only\(at.map { ", on \($0)" } ?? ""), then compile again and see whether the others disappear."
        // Runtime errors
        case (.indexOutOfRange, _) where f.facts["empty"] != nil:
            text = [
                Tier.hint: "Your code takes an element out of an empty \(w.list)\(atLine)\(test.map { " on \($0)" } ?? ""). Which input makes it empty at that moment?",
                .explain: "`\(f.message ?? "pop from empty list")`: you removed (or read) an element of \(w.aList) or stack that had nothing in it\(atLine). Code that pops assumes something is there; some input breaks that assumption.",
                .next: "Before\(at.map { " \($0)" } ?? " the pop") check whether the \(w.list) is empty, and decide what the answer is in that case (often: the input is already invalid).",
            ][tier]!
        case (.indexOutOfRange, .hint):
            text = "Your program asked for a position that does not exist\(atLine)\(quoted.map { ": \($0)" } ?? "")\(test.map { ", on \($0)" } ?? ""). Which index is used there, and how large can it get compared with the length?"
        case (.indexOutOfRange, .explain):
            text = f.facts["native"] != nil
                ? "A segmentation fault usually means reading or writing memory you do not own: most often an index past the end of \(w.aList) (positions go from 0 to length − 1), or a pointer that points nowhere."
                : "\(f.message.map { "`\($0)`: " } ?? "")\(code.language == "java" ? "an index out of bounds" : "an index out of range") means you asked for a position the \(w.list) does not have\(atLine). Positions run from 0 to length − 1, so a loop that reaches the length itself, a look one step ahead, or an index computed from a character or value can land outside."
        case (.indexOutOfRange, .next):
            text = "Before \(at ?? "the failing line"), check the largest value the index takes against the length of the \(w.list) (try the first failing test by hand). Change the loop's bound or the index so it stays inside."
        case (.keyMissing, .hint):
            text = "You look up a key that is not there\(atLine)\(f.facts["key"].map { $0.isEmpty ? "" : " (`\($0)`)" } ?? "")\(test.map { ", on \($0)" } ?? ""). Is that key always added before you look for it?"
        case (.keyMissing, .explain):
            text = "A KeyError means `d[key]` was asked for a key the \(w.dict) does not contain. Reading a missing key is an error in Python; you have to check first (`in`) or use a default."
        case (.keyMissing, .next):
            text = "At \(at ?? "the failing lookup"), handle the case where the key is missing: test for it before reading, and decide what your code should do then."
        case (.nullDereference, .hint):
            text = "Something on \(at ?? "the failing line") is \(w.none) when your code uses it\(test.map { " (\($0))" } ?? ""). Which value there could be empty, and where did it come from?"
        case (.nullDereference, .explain):
            text = f.facts["native"] != nil
                ? "A segmentation fault here comes from following \(w.none)\(atLine): a `->next` (or similar) on a node that does not exist, typically at the end of a linked list or for a very short list."
                : "\(f.message.map { "`\($0)`: " } ?? "")you used a value that is \(w.none) as if it were a real object\(atLine). Typical causes: a function that returns nothing on some path, a lookup that found nothing, or walking past the end of a linked list."
        case (.nullDereference, .next):
            text = "Trace the first failing test to \(at ?? "the failing line") and find which value is \(w.none); add a check for that case before using it, or fix the place that should have produced a value."
        case (.divisionByZero, _) where f.facts["nan"] != nil:
            text = [
                Tier.hint: "Some of your results are not numbers (NaN or Infinity)\(test.map { " on \($0)" } ?? ""). Which division\(atLine) can have a zero below the line?",
                .explain: "Dividing by zero does not stop a \(w.language) program: it gives Infinity or NaN (which prints as null in JSON). A zero in the input makes a division\(atLine) meaningless.",
                .next: "Handle inputs that contain zero separately, without dividing\(at.map { " on \($0)" } ?? ""): decide what each answer is when a zero is involved.",
            ][tier]!
        case (.divisionByZero, .hint):
            text = "A division or remainder\(atLine) gets a zero divisor\(test.map { " on \($0)" } ?? ""). Which input makes that value zero?"
        case (.divisionByZero, .explain):
            text = "Dividing (or taking `%`) by zero is undefined, so the program stops\(atLine). The divisor became 0 for some input: an empty group, a count that was never increased, or a modulus of 0."
        case (.divisionByZero, .next):
            text = "Find the input that makes the divisor on \(at ?? "the failing line") zero and decide what the answer should be in that case, before the division happens."
        case (.recursionDepth, .hint), (.stackOverflow, .hint):
            text = "Your function \(f.facts["function"].map { "`\($0)`" } ?? "")\(at.map { " (\($0))" } ?? "") calls itself again and again. Does every call get closer to a case that stops without calling again?"
        case (.recursionDepth, .explain), (.stackOverflow, .explain):
            text = "Each call waits on the call stack until the call it made returns. Without a reachable base case, or with inputs as deep as the constraints allow (\(problem?.constraints.maxSize.map { Constraints.pretty($0) } ?? "large n")), the stack runs out: a recursion-depth error or a stack overflow."
        case (.recursionDepth, .next), (.stackOverflow, .next):
            text = "Check the base case of \(f.facts["function"].map { "`\($0)`" } ?? "the recursive function") and that each call shrinks the problem. If the depth can reach the input size, rewrite that walk as a loop with your own stack or counter."
        case (.badInputParsing, .hint):
            text = "Your program fails while reading the input\(atLine). Compare how you read it with the Input section: how many values are on each line?"
        case (.badInputParsing, .explain):
            text = "The program tried to turn text into a number (or read more values) where the input does not have what it expected\(atLine): reading a whole line as one number, or reading past the end of the input."
        case (.badInputParsing, .next):
            text = "Print nothing new yet: read the first sample input by hand the way \(at ?? "your reading code") does, token by token, and fix the reading so it matches the format exactly."
        case (.runtimeError, .hint):
            text = "The program crashed\(atLine)\(f.message.map { ": `\($0)`" } ?? "")\(test.map { " on \($0)" } ?? ""). What is true about the values on that line just before the crash?"
        case (.runtimeError, .explain):
            text = "A runtime error: the code compiled but stopped while running\(atLine). The message says what went wrong: \(f.message.map { "`\($0)`" } ?? "none was given")."
        case (.runtimeError, .next):
            text = "Run the first failing test by hand up to \(at ?? "the crash") and write down the values each variable holds; the crash condition will show up there."
        // Slow programs
        case (.infiniteLoop, .hint):
            text = "Your program did not finish even on a small visible test\(f.test.map { " (\($0.name))" } ?? ""). Look at the loop\(atLine)\(quoted.map { ": \($0)" } ?? ""). What changes on each turn, and when does its condition become false?"
        case (.infiniteLoop, .explain):
            text = "A time-out on a tiny input is not about speed: some loop never ends\(atLine) (its condition never becomes false because the variable it tests does not change), or the program waits for input that never comes."
        case (.infiniteLoop, .next):
            text = "In the loop\(atLine), make sure the variable in its condition moves toward the exit on every path through the body, including paths that `continue`."
        case (.tooSlow, .hint):
            if f.facts["exponential"] != nil {
                text = "`\(f.facts["function"] ?? "your function")`\(atLine) calls itself more than once per call, which grows exponentially. How many times is the same smaller case computed again?"
            } else if let op = f.facts["hiddenLoop"] {
                text = "\(at.map { "On \($0)" } ?? "Inside your loop"), \(op) walks through a whole \(w.list) on every turn of the loop around it. How many steps is that in total for n = \(f.facts["maxN"] ?? "the largest input")?"
            } else {
                text = "Count the loops: your code nests \(f.facts["nesting"] ?? "several") loop(s)\(at.map { " (the inner one at \($0))" } ?? ""). For n = \(f.facts["maxN"] ?? "the largest input"), how many steps is that?"
            }
        case (.tooSlow, .explain):
            let have = f.facts["exponential"] != nil ? "exponential time" : (f.facts["nesting"].flatMap(Int.init).map { $0 >= 2 ? "O(n^\($0))" : "O(n)" } ?? "too many steps")
            text = "The visible tests pass, so the logic may be right, but the hidden tests are large: n can be \(f.facts["maxN"] ?? "big"). Your approach takes \(have)\(f.facts["hiddenLoop"].map { " (\($0) inside a loop counts as a loop)" } ?? ""); the limits need about \(f.facts["complexity"] ?? "a faster approach"), roughly 10^8 simple steps per second at most."
        case (.tooSlow, .next):
            if f.facts["exponential"] != nil {
                text = "Stop recomputing the same subproblem: remember the answer of each smaller case the first time you compute it (memoization, or a table filled bottom-up), so each one is computed once."
            } else {
                text = "Find the work the inner part\(atLine) repeats on every turn and do it once, before the loop: keep a running value, or store what you have seen in a set or \(w.dict) so each check is a single step."
            }
        case (.memoryLimit, .hint):
            text = "Your program used more memory than allowed\(test.map { " on \($0)" } ?? ""). Which \(w.list) or string grows the most, and how big does it get for the largest input?"
        case (.memoryLimit, .explain):
            text = "Memory limit exceeded: the kernel stopped the program when it used more than the problem allows. Usually a structure grows with n² or without bound (a loop that keeps adding), or every intermediate result is kept."
        case (.memoryLimit, .next):
            text = "Keep only what the next step needs: replace the largest stored structure with a running value or a rolling row, and make sure no loop adds to it forever."
        case (.outputLimit, .hint):
            text = "Your program printed far more than the answer needs\(atLine). Is \(w.printCall) inside a loop, and does that loop end?"
        case (.outputLimit, .explain):
            text = "Output limit exceeded: the program wrote more output than allowed, usually because a print sits inside a loop that runs too often or forever, or debug output was left in."
        case (.outputLimit, .next):
            text = "Print only the final answer, once, after the loop\(atLine); remove any debug prints."
        case (.securityViolation, _):
            text = "Your program tried something the judge does not allow (such as starting processes, opening the network, or reading files outside its folder). Solve the problem with plain computation on the input, and remove that call."
        // Wrong answers
        case (.missingOutput, .hint):
            text = "Your program printed nothing\(test.map { " on \($0)" } ?? ""). Where in your code is the answer printed, and is that line reached?"
        case (.missingOutput, .explain):
            text = "The judge only sees what your program writes to standard output. Computing the answer is not enough: it has to be printed, with \(w.printCall), in the format the Output section gives."
        case (.missingOutput, .next):
            text = "After your computation, print the result with \(w.printCall) (and make sure no early `return` or exit skips it). Then run the sample again."
        case (.forgotReturn, .hint):
            text = "Your function gave back \(w.none)\(test.map { " on \($0)" } ?? ""). Look at\(at.map { " \($0) and" } ?? "") the end of the function: does every path hand the answer back to the caller?"
        case (.forgotReturn, .explain):
            text = "In function mode the judge uses what your function returns, not what it prints. A function that ends without `return` gives back \(w.none)."
        case (.forgotReturn, .next):
            text = "Make \(problem?.function.map { "`\($0)`" } ?? "your function") `return` the value you computed (instead of printing it), on every path."
        case (.wrongFormat, _) where problem?.function != nil:
            // Function mode: the value is right, its type or shape is not (a string for a number,
            // a list for one value, a tuple for a list).
            let returned = f.facts["actual"].map { " (`\($0.prefix(40))`)" } ?? ""
            text = [
                Tier.hint: "Your function returns the right value in the wrong type or shape\(returned)\(test.map { " on \($0)" } ?? ""). What type does the signature promise to return?",
                .explain: "The judge compares the value your function returns, including its type: a string is not a number, and a list holding one value is not that value. The right digits in the wrong type are a wrong answer.",
                .next: "Make \(problem?.function.map { "`\($0)`" } ?? "your function") return exactly the type the signature names\(at.map { ": look at the return on \($0)" } ?? "") — convert the value before returning it, not after.",
            ][tier]!
        case (.wrongFormat, .hint):
            text = "Your answer has the right content but not the right shape\(test.map { " on \($0)" } ?? ""). Compare your output with the expected one character by character: spacing, brackets, extra words?"
        case (.wrongFormat, .explain):
            text = f.facts["extra"] != nil
                ? "Your output contains the right answer plus extra text. The judge compares the whole output, so labels like \"Answer:\" or debug lines make it wrong."
                : "The numbers or words are right but their layout is not the one the Output section describes (separators, line breaks, brackets, capital letters). The judge checks the format exactly."
        case (.wrongFormat, .next):
            text = "Change \(at.map { "the print on \($0)" } ?? "your output") so it prints exactly what the Output section says — nothing before or after it."
        case (.offByOne, _) where f.facts["countDiff"] != nil:
            let end = f.facts["missingEnd"] == "first" ? "first" : "last"
            let fewer = f.facts["countDiff"] == "fewer"
            text = [
                Tier.hint: fewer
                    ? "Your answer has one item too few\(test.map { " on \($0)" } ?? "") — the \(end) one never appears. What is still left over when your loop\(atLine) ends?"
                    : "Your answer has one item too many\(test.map { " on \($0)" } ?? ""). Which step adds an item that should not be there?",
                .explain: fewer
                    ? "When output is missing its \(end) item, the loop usually stops before handling what is left over (a final group, a carry, the rest of a list): the work after the loop is missing."
                    : "An extra item usually comes from a loop that runs one step too far, or a final step that runs even when nothing is left.",
                .next: fewer
                    ? "After your loop\(atLine), handle what is left over — the \(end) item the loop never emitted — then run the test again."
                    : "Find the step that emits the extra item and make it run only when there is really something to add.",
            ][tier]!
        case (.offByOne, .hint):
            text = "Your answer is off by one\(test.map { " on \($0)" } ?? "")\(at.map { ". Look at \($0)" } ?? "")\(quoted.map { ": \($0)" } ?? ""). Which case is counted once too often, or missed — is a boundary (the first or last value) handled right?"
        case (.offByOne, .explain):
            text = "Your result is exactly one away from the expected one. That is the mark of an off-by-one error: a loop bound or index misses (or adds) one step at a boundary — the first or last element, `<` versus `<=` — or one special case is counted wrongly."
        case (.offByOne, .next):
            text = "Run the first failing test by hand through \(at ?? "your main loop"), writing down the first and last values the index takes. Fix the off-by-one: adjust the bound so it covers exactly the elements it should."
        case (.integerOverflow, .hint):
            text = "Could a value overflow here? Numbers can reach \(f.facts["maxValue"] ?? "10^9") or more once added or multiplied. What is the largest number the variable\(atLine)\(quoted.map { " (\($0))" } ?? "") can hold?"
        case (.integerOverflow, .explain):
            text = "Integer overflow: an `int` holds at most 2,147,483,647. A sum or product beyond that wraps around to a wrong (often negative) number without any error. Constraints up to \(f.facts["maxValue"] ?? "10^9") make that possible."
        case (.integerOverflow, .next):
            text = "Use a 64-bit type (`long long` in C/C++, `long` in Java) for the variable\(atLine) and for every value that feeds it, including the multiplication or addition itself."
        case (.mutatesInput, .hint):
            text = "On \(at ?? "one line") you change the \(w.list) you were given\(quoted.map { " (\($0))" } ?? ""). Does the rest of your code still rely on the original order or values?"
        case (.mutatesInput, .explain):
            text = "Sorting or changing the input in place destroys information: positions no longer match the original, and the caller's data is changed too. Answers that refer to original positions then come out wrong."
        case (.mutatesInput, .next):
            text = "Work on a copy, or keep the original positions next to the values before you sort (pairs of value and position)."
        case (.edgeCase, .hint):
            if f.facts["hidden"] != nil {
                text = "Your code passes the visible tests but not a hidden one. Which inputs does it not handle yet: \(f.facts["edges"] ?? "the smallest and the largest inputs"), or a boundary where an off-by-one hides?\(at.map { " Start with \($0)." } ?? "")"
            } else {
                text = "The failing test\(test.map { " (\($0))" } ?? "") has \(f.facts["edge"] ?? "something unusual"). What does your code do when the input looks like that?"
            }
        case (.edgeCase, .explain):
            text = f.facts["hidden"] != nil
                ? "Hidden tests check the edge cases the constraints allow — \(f.facts["edges"] ?? "small, large and unusual inputs") — and the boundaries where an off-by-one shows, while the samples are ordinary. A solution that is right \"usually\" fails one of them."
                : "Edge cases are inputs at the boundary of what is allowed: \(f.facts["edge"] ?? "empty, tiny, negative, repeated or huge values"). Code written for the ordinary case often misses them."
        case (.edgeCase, .next):
            text = "Write a tiny test of your own for \(f.facts["hidden"] != nil ? (f.facts["edges"]?.split(separator: ",").first.map { String($0) } ?? "the smallest input") : (f.facts["edge"] ?? "that input")), work out the right answer by hand, and run your code on it\(at.map { "; check \($0) first" } ?? "")."
        case (.wrongAnswer, .hint):
            text = "Your output differs\(test.map { " on \($0)" } ?? "")\(at.map { "; the answer is produced on \($0)" } ?? ""). Work through that input by hand: at which step does what your code computes first differ from what you expect?"
        case (.wrongAnswer, .explain):
            text = "Wrong answer: the program ran normally but printed a different result. Somewhere the logic does not match the problem — often a case the statement allows but the code did not consider."
        case (.wrongAnswer, .next):
            text = "Add a temporary print of the key variables inside your main loop, run the failing visible test, and compare each step with your hand trace; fix the first step that differs, then remove the prints."
        case (.accepted, _):
            text = tier == .next
                ? "All tests pass. A good next step: read your code once more for clarity, then try a harder problem on the same topic."
                : "Your code passes every test that was run. If you want, compare its running time with the constraints, or try a case you think is tricky."
        case (.noEvidence, _):
            text = "Run your code on the visible tests first, then ask again: I can help much better when I see what the judge said."
        }
        text = Self.anchored(text, finding: f)
        if struggle >= 3, tier != .next, let line = f.line {
            // Only a learner who is clearly stuck gets a question back that narrows things down.
            text += " Tell me: what do you expect the variables to hold just before line \(line) on the failing test?"
        }
        return text
    }

    /// Every tier names where the evidence is: the learner's line and the failing visible test.
    static func anchored(_ text: String, finding f: Finding) -> String {
        var t = text
        if let line = f.line, t.range(of: "line \(line)(?![0-9])", options: .regularExpression) == nil {
            t += " (See line \(line).)"
        }
        if let test = f.test, !t.contains(test.name) {
            t += " The visible test \(test.name) shows it."
        }
        return t
    }

    /// A visible test, as a learner reads it.
    static func describe(_ t: TestOutcome) -> String {
        func short(_ s: String?) -> String? {
            guard let s = s?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty else { return nil }
            let one = s.replacingOccurrences(of: "\n", with: " ⏎ ")
            return one.count > 40 ? String(one.prefix(37)) + "…" : one
        }
        var s = "the visible test \(t.name)"
        if let i = short(t.input) { s += " (input `\(i)`" + (short(t.expected).map { ", expected `\($0)`" } ?? "") + (t.verdict == "WA" ? (short(t.actual).map { ", yours `\($0)`" } ?? ", yours empty") : "") + ")" }
        return s
    }
}
