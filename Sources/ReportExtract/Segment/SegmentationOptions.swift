/// What segmentation needs to know about the forms: which header labels mark label columns that
/// Word merged vertically (to fill down) and which words mark header rows. The defaults fit the
/// 绩效自评 forms; rule files can replace them.
public struct SegmentationOptions: Sendable, Equatable {
    /// Hierarchical label columns filled down (一级 → 二级): a new value resets the deeper ones.
    public var fillDownColumns: [String]
    /// A side label merged over a whole block (`绩效指标`): filled down from the header itself.
    public var sideLabelColumns: [String]
    /// Label columns that are never filled but show that a row continues the block.
    public var labelColumns: [String]
    /// Words that mark a header cell.
    public var headerWords: [String]
    /// The words the table kinds' headers hold (`财政供养人员情况`, `预算部门`), from the rules'
    /// table kinds: where the header of a table run together on one line starts.
    public var tableHeaderWords: [String] = []
    /// Every label the rules know (fields' aliases, table kinds' header words, the layout's own
    /// columns and cell words): a word of them
    /// running across two lines says the lines are one cell broken in two (`年度预算` ¶ `申请`).
    public var labelWords: [String] = []
    /// Labels the forms print in cells that no field names (the indicator levels `社会效益指标`,
    /// `服务对象满意度指标`): part of `labelWords`.
    public var cellWords: [String] = []
    /// What a qualitative indicator's target and result are written in (`按时完成`, `效果明显`):
    /// in a table whose cells are guessed, such a word goes under the values, not the names.
    public var valueWords: [String] = []
    /// Sub-headers that only say their column holds an amount (`金额` under `2020年执行数`, beside
    /// `占调整预算%`): such a column is named by the label above it when the two together name no
    /// field.
    public var amountLeaves: [String] = []

    public init(
        fillDownColumns: [String] = ["一级指标", "二级指标", "目标类型"],
        sideLabelColumns: [String] = ["绩效指标"],
        labelColumns: [String] = ["三级指标", "目标名称"],
        headerWords: [String] = [
            "编制数", "在职人数", "控制率", "决算数", "预算数", "执行数", "分值", "得分", "执行率",
            "一级指标", "二级指标", "三级指标", "指标值", "完成值", "偏差原因", "预期目标", "实际完成",
            "序号", "名称", "数量", "原值", "利用率", "目标类型", "标杆值",
        ]
    ) {
        self.fillDownColumns = fillDownColumns
        self.sideLabelColumns = sideLabelColumns
        self.labelColumns = labelColumns
        self.headerWords = headerWords
    }
}
