/// How much help the learner asked for (docs/coach.md): each tier answers a different question.
public enum Tier: String, Sendable, Codable, CaseIterable {
    /// A guiding question, or a pointer at a region of the code: the learner still finds the bug.
    case hint
    /// What the error or the verdict means, and the concept behind it.
    case explain
    /// The one concrete next step, in words (never the code that completes the solution).
    case next
}
