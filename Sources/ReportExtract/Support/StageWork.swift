/// Counts the work segment and recognize do for one document (lines scanned, row ends priced,
/// cells read, figures visited), so a test can show that it grows linearly with a table's length
/// (`StageWorkLinearityTests`); a wall-clock test could not say that reliably. The counting
/// points are the stages' long loops and every step that looks at the figures made so far, where
/// a scan of the whole table per row made recognition quadratic before.
///
/// One per document and never shared between threads (a document runs on one thread), hence
/// `@unchecked Sendable`: the budget that carries it is handed to every stage.
final class StageWork: @unchecked Sendable {
    private(set) var operations = 0

    func add(_ count: Int = 1) { operations &+= count }
}
