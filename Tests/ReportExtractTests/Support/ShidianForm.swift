/// 施甸's 项目支出绩效自评表 as Tika's DOM prints it (a clerk's reading, stop 62): its budget line,
/// the header row and the 年度财政资金总额 row, each line led by `→` for a TAB, ending in a newline.
/// Two tests read it: the caption after it (`RowCuttingTests`) and its `0.1` rate (`FractionRateTests`).
enum ShidianForm {
    static let budgetLine = """
        →预算执行情况(万元)(20分)
        →预算数(A)
        →执行数(B)
        →执行率(B/A)
        →得分 (20分*执行率)

        →年度财政资金总额
        →650
        →94
        →0.1
        →2.9

        """
}
