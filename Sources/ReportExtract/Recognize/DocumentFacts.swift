/// What the document is about: the reporting unit, the year, the report kind.
public struct DocumentFacts: Sendable, Equatable, Encodable {
    /// The reporting unit (预算部门 / 单位).
    @Nullable public var unit: String? = nil
    /// Where `unit` came from: `table` (a 预算部门 / 预算单位名称 cell), `heading` (a line
    /// `评价单位(公章):…` under the title) or `title`.
    @Nullable public var unitSource: String? = nil
    @Nullable public var year: Int? = nil
    /// A `report_kinds` id from the rules: 部门整体支出, 项目支出, 评价报告.
    @Nullable public var reportKind: String? = nil
    /// The report title as printed (its lines joined).
    @Nullable public var title: String? = nil
    public var titleLines: [Int]

    enum CodingKeys: String, CodingKey {
        case unit, year, title
        case unitSource = "unit_source"
        case reportKind = "report_kind"
        case titleLines = "title_lines"
    }

}

/// Reads the facts from the title lines (a short line ending in 自评报告 / 评价报告, with the
/// short lines just above it) and from a table cell labelled 预算部门 or 预算单位名称.
struct DocumentFactsReader {
    let rules: RuleSet
    /// Polled per paragraph (a document of millions of one-word lines).
    var budget = DocumentBudget.unlimited

    /// `自评总报告`: 南昌市烈士陵园管理处's 2022年度项目支出绩效自评总报告.
    /// `自评情况报告`: 昆明市西山区第七幼儿园's 2024年财政预算支出绩效自评情况报告.
    /// `部门决算公开报告`, `部门决算` (儋州, 万宁, 广西机关车队 2024) and `绩效监控总结报告` (西平县民族宗教局
    /// 2022): reports of other kinds name their unit and year as a self-evaluation does.
    /// Stop 61's clerks: `…绩效自评总结报告` (西平), `重庆市铜梁区小林镇人民政府` over `2022年决算报告`,
    /// `…决算编制说明` (沐溪小学, 木塘垸乡), `…部门决算说明`, `2023年华容县政府决算公开`, `…“三公”经费预算情况说明`
    /// (海南), `…决算执行情况说明` (鄂城), `…“三公”经费决算汇总情况` (安居, 围龙), `2023年本溪市预算说明`.
    static let titleEndings = [
        "自评报告", "评价报告", "自评总报告", "自评情况报告", "决算公开报告", "部门决算", "绩效监控总结报告", "决算情况说明", "决算公开说明",
        "部门决算公开", "单位决算", "单位预算", "部门预算", "自评总结报告", "决算公开",
        // `承德市农业农村局关于2023年度项目绩效自评工作的报告` (stop 63's clerks)
        "自评工作的报告", "评价工作的报告", "自评工作报告",
        // Stop 64's clerks: `…运营管理项目绩效评价报告书` (麻黄梁), `…项目事前绩效评估报告` (武城, 甘孜),
        // `财政专项资金绩效自评总结`.
        "评价报告书", "评估报告", "自评总结",
    ] + explanationEndings
    /// Endings of 决算 reports, explanations and budget notes: titles, and suffixes off a unit.
    /// Stop 62's clerks: `重庆市人民政府关于2023年决算的报告`, `关于2021年县级财政决算(草案)的报告` (佛坪),
    /// `东凤镇2010年预算执行情况和2011年预算草案`, `中敖镇2022年部门决算公开情况说明`, `…项目资金重点绩效
    /// 评价结果` (南川), `2024年东莞市长安镇政府预算公开`, `2016年湖南省级三公经费公开`.
    static let explanationEndings = [
        "决算报告", "决算编制说明", "决算说明", "预算情况说明", "决算执行情况说明", "决算汇总情况", "决算汇总说明", "预算说明",
        "决算的报告", "决算(草案)的报告", "决算草案的报告", "预算草案的报告", "预算草案", "决算公开情况说明", "绩效评价结果",
        "预算公开", "经费公开",
        // Stop 63's clerks: `重庆市璧山区2023年区本级决算草案报告`, `…2024年预算草案报告`, `2023年财政
        // 决算情况及2024年财政预算情况报告(草案)` (潮安龙湖镇).
        "决算草案报告", "预算草案报告", "预算情况报告", "决算情况报告",
        // Clerk Q: `…预算执行情况与2021年预算(草案)的报告`, `…上半年财政预算执行情况的报告`, `关于调整全县
        // 2024年财政支出预算的报告`.
        "预算(草案)的报告", "执行情况的报告", "预算的报告",
        // Stop 66's clerks: `上海市…方松街道社区卫生服务中心` over `2019年度决算`, `附件47:乌海市海勃湾区
        // 2020年重大政策和重点项目绩效执行结果`.
        "年度决算", "绩效执行结果",
        // Clerks M and N: `云南省中西医结合医院 2017年部门决算公开信息`, `2019泗县扶贫项目绩效自评抽查报告`.
        "决算公开信息", "自评抽查报告",
        // Stop 67's clerks: `游仙区政府办财政拨款“三公”经费2022年预算情况的说明`, `…余坪镇人民政府关于2023年部门
        // 预算编制的说明`, `…2022年部门预算信息公开说明`, `2023年区本级“三公”经费预算公开报表`, `重庆市市级2024年
        // “三公”经费预算汇总情况`, `青阳县审计局2022年“三公”经费预算`; 决算's the same.
        "预算情况的说明", "预算编制的说明", "预算编制说明", "预算信息公开说明", "预算公开说明", "预算公开报表", "预算汇总情况",
        "经费预算", "决算情况的说明", "决算编制的说明", "决算信息公开说明",
        // `重庆市九龙坡区华岩镇卫生院2026年预算公开情况说明`, `…2019年部门预算“三公”经费公开说明`.
        "预算公开情况说明", "经费公开说明",
    ] + openingEndings
    /// Stop 68's clerks: `江汉区民意街2015年“三公”经费财政拨款预算情况补充说明`, `英德市经信局2016年“三公经费”
    /// 预算对比增减说明`, `2015年“三公”经费决算情况及增减变化原因说明`, `中共中山市委党校关于2017年度项目绩效
    /// 评价结果的说明`, `2021年度本专科生奖助学金项目自评结果`, `关于上报2023年…项目支出绩效自评的报告`,
    /// `中山市石岐街道2022年预算调整方案报告`, `2023年环江毛南族自治县体育彩票公益金使用情况公告`. Endings a
    /// section's heading may have too (`2021年度项目支出绩效自评结果` deep in a report, the review's):
    /// titles only among the opening paragraphs (`headingParagraphs`).
    static let openingEndings = [
        "情况补充说明", "增减说明", "变化原因说明", "结果的说明", "自评结果", "自评的报告", "评价的报告",
        "调整方案报告", "调整方案的报告", "使用情况公告",
    ]
    /// A document of forms only, none of whose tables is titled as a form, has its first form's
    /// title line (`2021年度财政项目绩效自评表` above `单位名称：…`, then the table).
    /// `兵团…补助资金绩效目标申报表`, `广水市马坪镇中心中学项目申报表` (stop 67's clerks).
    static let formTitleEndings = ["自评表", "申报表"]
    /// Taken off a title's end, repeatedly; `及`, `和`, `与` join two report kinds (南县政协's
    /// `部门整体支出及项目支出绩效评价报告` named its unit `部门整体支出及`).
    static let suffixes = [
        "绩效评价报告书", "评价报告书", "事前绩效评估报告", "绩效评估报告", "评估报告", "绩效自评总结", "自评总结",
        "绩效自评价报告", "绩效自评总报告", "绩效自评情况报告", "绩效自评报告", "绩效评价报告", "自评价报告", "自评总报告",
        "自评情况报告", "自评报告", "评价报告", "整体支出", "项目支出", "专项资金", "部门", "单位", "及", "和", "与", "绩效评价",
        // `2024年度城关镇社区卫生服务中心预算执行情况绩效自评报告` (舟曲, a clerk's reading)
        "预算执行情况",
        "决算公开报告", "决算情况说明", "决算公开说明", "决算公开", "决算", "预算", "绩效监控总结报告", "本级",
        "绩效自评总结报告", "自评总结报告",
        // A form's title (廊坊市食品工程学校 2019, two clerks' readings: `项目支出绩效自评表` over a
        // broken `2019年度)` was the unit): what is left of it is a kind, or the unit.
        "绩效自评表", "自评表", "绩效目标申报表", "项目申报表", "申报表",
        "绩效自评工作的报告", "自评工作的报告", "绩效评价工作的报告", "评价工作的报告", "绩效自评工作报告", "自评工作报告",
        // `海口市财政支出项目绩效自评报告(云龙产业园…)` (clerk Y)
        "财政支出项目",
    ] + explanationEndings
    /// A line `评价年度:2024` under a title names the report's year.
    static let yearLabels = ["评价年度", "所属年度", "报告年度", "年度"]
    /// The longest title line, in characters: a fund's title on one line runs to 52
    /// (重庆市铜梁区农业农村委员会关于…救灾资金（第八批）绩效自评报告); 40 left it no facts.
    static let longestTitle = 64
    /// A title line's bytes: 64 characters of three bytes, and room for the spaces compacting takes out.
    static let longestTitleBytes = 400
    /// The longest heading line, in UTF-8 bytes (two label:value pieces, spaces between).
    static let longestHeadingBytes = 360
    /// Lines looked at for `评价单位(公章):…` and `评价年度:…`: a report's heading block.
    static let headingParagraphs = 12

    func read(_ document: SegmentedDocument) -> DocumentFacts {
        var blocks = titleBlocks(document.paragraphs, endings: Self.titleEndings)
        if blocks.isEmpty, !document.tables.contains(where: { table in
            table.title.map { title in Self.formTitleEndings.contains { title.contains($0) } } ?? false
        }) {
            blocks = titleBlocks(document.paragraphs, endings: Self.formTitleEndings, trailed: false)
        }
        let chosen = blocks.first { unitFromTitle($0.text) != nil } ?? blocks.first
        // A report that is only its forms (青神县发展和改革局's 部门预算项目支出绩效自评表（2023年度）)
        // is of the kind its first titled table says.
        let kind = chosen.flatMap { reportKind($0.text) }
            ?? (chosen == nil ? document.tables.lazy.compactMap { $0.title.flatMap { self.reportKind($0) } }.first : nil)
        // Nor has it a title but its first form's (永德县明朗中学's 2022年度项目支出绩效自评表); a page's
        // line above a table is none (株洲 2021, clerk M: `发布时间:2021-01-15浏览:10482 次`).
        let formTitle = chosen == nil
            ? document.tables.first { $0.title.map { !Self.isPageFurniture(CellText.compact($0)) } ?? false } : nil
        var facts = DocumentFacts(
            unit: nil, unitSource: nil, year: chosen.flatMap { year(in: $0.text) },
            reportKind: kind, title: chosen?.text ?? formTitle?.title,
            titleLines: chosen?.lines ?? formTitle?.titleLine.map { [$0] } ?? [])
        let heading = labelledLines(document.paragraphs.prefix(Self.headingParagraphs))
        if let unit = unitFromTables(document.tables, field: "unit_name") {
            (facts.unit, facts.unitSource) = (unit, "table")
        } else if let unit = heading.first(where: {
            rules.field(forLabel: $0.label)?.field.id == "unit_name" || rules.titleUnits.headingLabels.contains($0.label)
        })?.value {
            (facts.unit, facts.unitSource) = (unit, "heading")
        } else if let text = chosen?.text, let unit = unitFromTitle(text) {
            (facts.unit, facts.unitSource) = (unit, "title")
        } else if let unit = unitFromTables(document.tables, field: "implementing_unit") {
            // A project form's 实施单位, when nothing else names the unit.
            (facts.unit, facts.unitSource) = (unit, "table")
        }
        if facts.year == nil {
            facts.year = document.tables.lazy.compactMap { $0.title.flatMap(self.year(in:)) }.first
        }
        if facts.year == nil {
            facts.year = heading.lazy.filter { Self.yearLabels.contains($0.label) }.compactMap { self.year(in: $0.value + "年") }.first
        }
        return facts
    }

    /// `评价单位(公章):徐闻县前山镇人民政府`, `评价年度:2024`: short paragraphs of a label, a colon
    /// and a value, as a report's heading block prints them.
    /// Two on one line apart (`单位名称：襄阳市中心医院　　　　填报日期：2022年3月18日`) are two.
    private func labelledLines(_ paragraphs: ArraySlice<Paragraph>) -> [(label: String, value: String)] {
        // A heading line is short: a paragraph of prose is not cut into words (it doubled the
        // facts' cost); two pieces of 40 characters with wide spaces between fit in this.
        paragraphs.filter { $0.text.utf8.count <= Self.longestHeadingBytes }.flatMap { Self.widelySpaced($0.text) }.compactMap { piece in
            let text = CellText.compact(piece)
            guard text.count <= 40, let colon = text.firstIndex(where: Self.isColon) else { return nil }
            // `评价单位(公章)` is 评价单位; `部门(单位)名称` stays whole, an alias as it is.
            let whole = String(text[..<colon])
            let label = rules.field(forLabel: whole) == nil ? Self.withoutNotes(text[..<colon]) : whole
            let value = String(text[text.index(after: colon)...])
            // `填报单位: 单位:万元`: a second label, no value.
            guard !value.contains(where: Self.isColon) else { return nil }
            return label.isEmpty || value.isEmpty ? nil : (label, value)
        }
    }

    /// A line's labelled pieces: it breaks at spaces (ASCII or ideographic) before a piece that
    /// holds a colon, unless what comes before ends in one (`单位名称：隆阳区土壤肥料工作站 填报日期：…`
    /// is two, `评价单位（公章）：  岳阳市…` one).
    static func widelySpaced(_ text: String) -> [String] {
        // One colon or none: one piece, told without cutting the line into words.
        guard text.lazy.filter(isColon).count > 1 else { return [text] }
        var pieces: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }) {
            // A piece with its label and value both read is closed by a word that opens a label.
            if let last = pieces.last, let end = last.last,
                !(word.contains(where: isColon) && !isColon(end) && last.contains(where: isColon))
            {
                pieces[pieces.count - 1] = last + " " + word
            } else {
                pieces.append(String(word))
            }
        }
        return pieces
    }

    private static func isColon(_ character: Character) -> Bool { character == ":" || character == "：" }

    private static func withoutNotes(_ text: Substring) -> String {
        var kept = ""
        var depth = 0
        for character in text {
            if character == "(" || character == "（" { depth += 1 }
            else if character == ")" || character == "）" { depth = max(0, depth - 1) }
            else if depth == 0 { kept.append(character) }
        }
        return kept
    }

    /// Candidate titles: a short line ending a report title, with up to two short lines above.
    /// - Parameter trailed: whether a title may end past its ending (`withoutTrailer`); a form's
    ///   title may not (`…自评表(2022年度)`, `…自评表(修改)` name no unit before their brackets).
    private func titleBlocks(_ paragraphs: [Paragraph], endings: [String], trailed: Bool = true) -> [(text: String, lines: [Int])] {
        var blocks: [(String, [Int])] = []
        // A paragraph's last character tells most paragraphs from a title (they end in `。`)
        // before its text is compacted and asked every ending.
        let lasts = Set(endings.compactMap(\.unicodeScalars.last)).union(trailed ? Self.trailerLasts : Self.fileNameLasts)
        for (index, paragraph) in paragraphs.enumerated() {
            if budget.isSpent { break }
            budget.count()
            guard let last = paragraph.text.unicodeScalars.last(where: { !CellText.isSpace($0) }), lasts.contains(last),
                // Told by its bytes before it is compacted: prose ends in `)` as often as a title.
                paragraph.text.utf8.count <= Self.longestTitleBytes
            else { continue }
            var text = CellText.compact(paragraph.text)
            if last.isASCII, last != ")" { text = Self.withoutFileName(text) }
            // The ending first: counting characters walked every paragraph of prose whole.
            guard endings.contains(where: text.endsWithScalars)
                    || trailed && Self.trailerLasts.contains(last) && endings.contains(where: Self.withoutTrailer(text).endsWithScalars),
                text.count <= Self.longestTitle, !Self.isSectionHeading(text)
            else { continue }
            if index >= Self.headingParagraphs, Self.openingEndings.contains(where: Self.withoutTrailer(text).endsWithScalars) { continue }
            // `附件:1.广东省科学技术厅2020年度部门整体支出绩效自评报告` (a cover letter's list): the
            // attachment's number is not the unit's.
            if let title = Self.withoutAttachmentNumber(text) {
                blocks.append((title, [paragraph.firstLine]))
                continue
            }
            // `黑龙江省林业厅2016年林业补助资金绩效评价报告(财驻黑监[2017]94号)` (a clerk's reading of
            // stop 66): the document's number after its title, no page's furniture.
            if trailed, let number = Self.trailingDocumentNumber(text) { text = number.title }
            if Self.isPageFurniture(text) { continue }
            var lines = [paragraph.firstLine]
            var joined = text
            var above = index - 1
            while above >= 0, lines.count < 3 {
                let previous = paragraphs[above]
                let previousText = CellText.compact(previous.text)
                // A title's later line that names no unit (`2026年预算草案的报告` under `关于高昌区2025年
                // 预算执行情况和`, stop 62's clerks) continues the line above across one blank line.
                let gap = lines[0] - previous.lastLine
                guard gap == 1 || gap == 2 && lines.count == 1 && unitFromTitle(joined) == nil, previousText.count <= 30,
                    !previousText.hasSuffix("。"), !previousText.contains(where: Self.isColon), !Self.isPageFurniture(previousText), !Self.isAttachmentLine(previousText),
                    !Self.isDocumentNumber(previousText), !Self.isSectionHeading(previousText + joined),
                    gap == 1 || !previousText.hasSuffix("目录") && !Self.startsPart(previousText) && !Self.startsPart(joined)
                else { break }
                joined = previousText + joined
                lines.insert(previous.firstLine, at: 0)
                above -= 1
            }
            blocks.append((joined, lines))
        }
        return blocks
    }

    /// What may trail a title's ending: `公开` (`裕民县2021年10个重点项目绩效评价报告公开`), a note in
    /// brackets (`…项目绩效自评报告(春节慰问经费项目)`, `2022年度部门决算(草案)`): stop 63's clerks.
    /// `内蒙古自治区机关事务管理局2023年度部门决算公开文档` (stop 66's clerks): `公开文档` as `公开`.
    static func withoutTrailer(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let last = scalars.last else { return text }
        if last == ")" || last == "）" { return CellText.withoutTrailingNote(text) }
        if last == "档", text.hasSuffix("公开文档"), scalars.count > 6 { return String(scalars.dropLast(4)) }
        return last == "开" && text.hasSuffix("公开") && scalars.count > 4 ? String(scalars.dropLast(2)) : text
    }

    private static let trailerLasts: Set<Unicode.Scalar> = fileNameLasts.union([")", "）", "开", "档"])
    /// A form's title too may be a file's name (`广水市交通运输局2021年度乡村道路项目自评表.pdf`, a clerk's
    /// reading of stop 68: no title, and the year taken from the form's `填报日期`).
    private static let fileNameLasts: Set<Unicode.Scalar> = ["x", "c", "f", "s", "X", "C", "F", "S"]

    /// `雨花区2022年度部门单位整体支出绩效评价自评报告.docx` (a page headed by the file's name).
    static func withoutFileName(_ text: String) -> String {
        let tail = String(text.unicodeScalars.suffix(5)).lowercased()
        for extensionName in [".docx", ".doc", ".pdf", ".wps"] where tail.hasSuffix(extensionName) {
            return String(text.dropLast(extensionName.count))
        }
        return text
    }

    /// A page's breadcrumb (`您当前的位置:首页>…>决算>区级决算报告`), its notes (`[ 发布机构 ]
    /// 璧山区财政局 [ 有效性 ]`) or a label's line (`名称:无为市…
    /// 绩效自评报告` under `发布日期:…`): stop 63's clerks. A part's number before its colon
    /// (`第二部分:梧州市第三中学…`) is a title's.
    static func isPageFurniture(_ text: String) -> Bool {
        text.contains(">") || text.contains("[") || withoutPartNumber(text).contains(where: isColon)
    }

    /// Lines of a table of contents (`第三部分相关说明`, `第一部分决算报告`: 蓝山 2023) are no title's.
    private static func startsPart(_ text: String) -> Bool { withoutPartNumber(text) != text }

    /// A numeral of a section's or a part's number (`二、`, `第十部分`).
    private static func isPartNumeral(_ scalar: Unicode.Scalar) -> Bool {
        SingleNumeralCounts.digit(scalar) != nil || scalar == "二"
    }

    /// `二、收入决算情况说明`, `（一）…`: a section's heading, no title (a 决算 explanation's
    /// sections end as its title does).
    static func isSectionHeading(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        let parenthesized = scalars.first == "（" || scalars.first == "("
        if parenthesized { scalars = scalars.dropFirst() }
        let numerals = scalars.prefix(while: isPartNumeral)
        guard !numerals.isEmpty, let after = scalars.dropFirst(numerals.count).first else { return false }
        return parenthesized ? after == "）" || after == ")" : after == "、"
    }

    /// `海农联呈〔2025〕2号`: a document's number above its title is not part of it (海林市 2024, a
    /// clerk's reading: its unit was `海农联呈〔2025〕2号海林市`).
    static func isDocumentNumber(_ text: String) -> Bool {
        text.hasSuffix("号") && (text.contains("〔") || text.contains("[") || text.contains("［"))
    }

    /// The title before a document's number in brackets at its end, nil when there is none.
    static func trailingDocumentNumber(_ text: String) -> (title: String, number: String)? {
        let title = CellText.withoutTrailingNote(text)
        guard title.unicodeScalars.count < text.unicodeScalars.count else { return nil }
        let note = String(text.unicodeScalars.dropFirst(title.unicodeScalars.count + 1).dropLast())
        return isDocumentNumber(note) ? (title, note) : nil
    }

    /// `附件1`, `附件 2`, `附件2-1`: the attachment number above a title is not part of it (开远市第十二中学校
    /// 2024; 湘阴县 2021 and 岳阳市南湖新区 2016, clerks' readings: units `附件2-1湘阴县`).
    static func isAttachmentLine(_ text: String) -> Bool {
        guard text.hasPrefix("附件") else { return false }
        return text.dropFirst(2).allSatisfy { $0.isASCII && ($0.isNumber || ":- .".contains($0)) }
    }

    /// The title after a leading `附件:1.` / `附件1：`, nil when there is none.
    static func withoutAttachmentNumber(_ text: String) -> String? {
        guard text.hasPrefix("附件") else { return nil }
        let rest = text.dropFirst(2)
        let title = rest.drop { $0.isASCII && ($0.isNumber || ":-. ".contains($0)) || $0 == "：" || $0 == "、" || $0 == "．" }
        guard title.count < rest.count, title.count >= 4, rest.contains(where: \.isNumber) || rest.first == ":" || rest.first == "：" else {
            return nil
        }
        return String(title)
    }

    private func year(in text: String) -> Int? {
        // `（2024 年度）` (蒙城县 2024): a space before 年 is the printer's.
        let scalars = Array(Self.withLeadingYearMarked(CellText.compact(text)).unicodeScalars)
        guard scalars.count >= 5 else { return nil }
        for start in 0...(scalars.count - 5) where scalars[start + 4] == "年" {
            let digits = scalars[start..<start + 4]
            if digits.allSatisfy({ ("0"..."9").contains($0) }),
                start == 0 || !("0"..."9").contains(scalars[start - 1])
            {
                return Int(String(String.UnicodeScalarView(digits)))
            }
        }
        return nil
    }

    /// The unit named in a title: the text before the year when the year is in the middle,
    /// otherwise the text after it, without the report-kind suffixes.
    /// A fund's title after its year (`2022年度防汛抗旱专项资金项目支出绩效自评报告`) names the fund,
    /// not a unit: nil; before its fund (`耒阳市第四中学专项资金绩效自评价报告`), the unit.
    ///
    /// Before its year, text ending in a unit word (`title_units`) is the unit however short
    /// (`怀远县2021年度财政衔接资金…`), unless it is a place alone before only a report's kind
    /// (`岳阳市2018年度部门整体支出绩效评价自评报告`: some department of the city's). A unit followed
    /// by a fund's name loses the name (`红河州第二人民医院国家基本公共卫生服务项目州级补助资金`).
    /// `2019泗县扶贫项目绩效自评抽查报告` (clerk N, stop 66: unit `2019泗县扶贫项目绩效`): a title
    /// opening with a year without its `年` reads as one with it.
    /// Not a count or an amount (`2500亩…`, `1000万元以上项目…`).
    static func withLeadingYearMarked(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars.prefix(5))
        guard scalars.count == 5, scalars[0] == "1" && scalars[1] == "9" || scalars[0] == "2" && scalars[1] == "0",
            scalars[..<4].allSatisfy({ ("0"..."9").contains($0) }), (0x4E00...0x9FFF).contains(scalars[4].value),
            !"年万亿元千百余多个人名项户亩吨米平套台辆次件家所座".unicodeScalars.contains(scalars[4])
        else { return text }
        return String(text.unicodeScalars.prefix(4)) + "年" + String(text.unicodeScalars.dropFirst(4))
    }

    func unitFromTitle(_ title: String) -> String? {
        // `财政预算情况报告(草案)` (潮安龙湖镇, clerks X and Y: the whole line was the unit).
        var text = Self.withLeadingYearMarked(Self.withoutTrailer(Self.withoutPartNumber(CellText.compact(title))))
        // `…妇女联合会部门(单位)整体支出绩效自评报告` (荷塘, a clerk's reading): the form's own
        // `部门(单位)` is its 部门, which the report's name then cuts off the unit.
        text = text.replacingOccurrences(of: "部门(单位)", with: "部门")
        // `重庆市铜梁区农业农村委员会关于铜梁区转移支付2022年度…`: what the report is about starts at 关于.
        if let about = text.range(of: "关于"), endsInAny(String(text[..<about.lowerBound]), rules.titleUnits.unitEndings) {
            return String(text[..<about.lowerBound])
        }
        // `(贵州省)关于黔东南州黄平县2022年预算执行情况…` (黄平): what stands before 关于 names no unit.
        if let about = text.range(of: "关于") {
            text = String(text[about.upperBound...])
            // `(山西省)关于太原市尖草坪区人民政府关于2021年…` (clerk Q): the unit before a second 关于.
            if let again = text.range(of: "关于"), endsInAny(String(text[..<again.lowerBound]), rules.titleUnits.unitEndings) {
                return String(text[..<again.lowerBound])
            }
        }
        var afterYear = false
        if let year = year(in: text), let range = text.range(of: "\(year)年") {
            // `北京市丰台区残疾人联合会(汇总)` over `2022年度部门决算(草案)`
            let before = Self.withoutRangeStart(Self.withoutTrailer(String(text[..<range.lowerBound])))
            // `关于调整全县2024年财政支出预算的报告` (宁县, clerk Q): 全县 is the whole county, no unit.
            if rules.titleUnits.placeEndings.contains(where: { before.hasSuffix("全" + $0) }) { return nil }
            if endsInAny(before, rules.titleUnits.unitEndings), before.count >= 2 {
                let rest = withoutSuffixes(String(String(text[range.upperBound...]).trimmingPrefix("度"))).text
                if endsInAny(before, rules.titleUnits.placeEndings), namesNothing(rest) { return nil }
                return withoutFundName(withoutSuffixes(before).text)
            } else {
                afterYear = before.count < 4
                text = afterYear ? String(text[range.upperBound...]) : before
            }
        }
        if text.hasPrefix("度") { text.removeFirst() }
        let (reduced, cutFund) = withoutSuffixes(text)
        // A fund's title after its year names the fund (`2022年度防汛抗旱专项资金…`).
        guard !(afterYear && cutFund), !namesNothing(reduced) else { return nil }
        // After its year, a project's or a fund's name (`2024年度城市道路维护项目支出…`), not a unit's.
        // `2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告` (a clerk's reading): a unit
        // before a fund word.
        if afterYear { return endsInAny(reduced, rules.titleUnits.unitEndings) ? reduced : unitBeforeFund(reduced, placesAlone: false) }
        return withoutFundName(reduced)
    }

    /// `祁东县2020-2022年度…` (a clerk's reading: the unit was `祁东县2020-`): the first year of a
    /// range before the year is no part of the unit.
    static func withoutRangeStart(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var end = scalars.count
        guard end > 0, rangeJoiners.contains(scalars[end - 1]) else { return text }
        end -= 1
        var digits = 0
        while end > 0, Scalars.isDigit(scalars[end - 1]) { end -= 1; digits += 1 }
        return digits == 4 ? Scalars.string(Array(scalars[..<end])) : text
    }

    private static let rangeJoiners = Set("-—–~～至到".unicodeScalars)

    /// `第二部分2022年度单位决算情况说明` (two clerks' readings of stop 61: the unit was 第二部分):
    /// a part's number before a title names nothing.
    static func withoutPartNumber(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "第" else { return text }
        var end = 1
        while end < scalars.count, isPartNumeral(scalars[end]) { end += 1 }
        guard end > 1, Scalars.has(Array("部分".unicodeScalars), in: scalars, at: end) else { return text }
        // `第二部分:梧州市第三中学2023年单位预算…`
        return Scalars.string(Array(scalars[(end + 2)...].drop { ":：".unicodeScalars.contains($0) }))
    }

    /// The title without its report-kind suffixes, and whether `专项资金` was one of them.
    private func withoutSuffixes(_ title: String) -> (text: String, cutFund: Bool) {
        var text = title
        var cutFund = false
        var changed = true
        while changed {
            changed = false
            for suffix in Self.suffixes where text.hasSuffix(suffix) && text.count > suffix.count {
                if suffix == Self.fund { cutFund = true }
                text.removeLast(suffix.count)
                changed = true
            }
        }
        return (text, cutFund)
    }

    /// A unit without the fund's name after it, when it ends in one; nil when a fund's name is all
    /// there is (`财政专项扶贫资金绩效自评报告`, two clerks' readings of stop 61: the fund was the unit).
    private func withoutFundName(_ unit: String) -> String? {
        endsInAny(unit, rules.titleUnits.fundEndings) ? unitBeforeFund(unit) : unit
    }

    /// `2022年度项目支出绩效自评总报告`: what is left is the report's kind, no unit.
    private func namesNothing(_ text: String) -> Bool {
        // `第一部分决算报告` (蓝山, a clerk's reading) leaves a report's kind alone.
        text.count < 4 || Self.kindsAlone.contains(text) || Self.suffixes.contains(text)
    }

    private func endsInAny(_ text: String, _ words: [String]) -> Bool {
        words.contains { text.hasSuffix($0) }
    }

    /// The first stretch ending in a unit word that a fund word follows; a place as short as
    /// `河北省` (`河北省中央农业生产和水利救灾资金转移支付2022年度…`, a clerk's reading: the fund's whole
    /// name was the unit) only where `placesAlone` (before the year: after it, `2023年广东省财政厅
    /// 一般公共预算…` would name 广东省).
    private func unitBeforeFund(_ text: String, placesAlone: Bool = true) -> String? {
        var end = text.startIndex
        while end < text.endIndex {
            text.formIndex(after: &end)
            let head = text[..<end], tail = text[end...]
            if head.count >= 4 && endsInAny(String(head), rules.titleUnits.unitEndings)
                || placesAlone && head.count >= 2 && endsInAny(String(head), rules.titleUnits.placeEndings),
                rules.titleUnits.fundWords.contains(where: { tail.hasPrefix($0) })
            {
                return String(head)
            }
        }
        return nil
    }

    /// What a title of a year and a report kind leaves once its suffixes are off.
    static let kindsAlone = ["项目支出", "整体支出", "部门整体支出", "部门整体"]

    static let fund = "专项资金"

    private func unitFromTables(_ tables: [Table], field: String) -> String? {
        let endings = labelEndings(of: field)
        for table in tables {
            for row in table.rows {
                for column in row.cells.indices.dropLast() {
                    let text = row.cells[column].text
                    if let endings, !text.unicodeScalars.contains(where: endings.contains) { continue }
                    guard rules.field(forLabel: text)?.field.id == field else { continue }
                    // A header row's next label is no value (`项目名称 | 项目单位 | 合计`).
                    let value = CellText.trim(row.cells[column + 1].text)
                    if !value.isEmpty, rules.field(forLabel: value) == nil { return value }
                }
            }
        }
        return nil
    }

    /// The last scalars of the label keys that name the field. A key is a piece of its label
    /// folded to half width with the spaces taken out, so a cell holding none of them cannot name
    /// the field: the cells of a long table are passed over without normalizing each one's text
    /// (that was 3 % of a 10,000-row document). Nil when a key ends in ASCII, which folding makes
    /// out of full-width scalars.
    private func labelEndings(of field: String) -> [Unicode.Scalar]? {
        var endings: [Unicode.Scalar] = []
        for (key, hit) in rules.aliasIndex where rules.fields[hit.field].id == field {
            guard let last = key.unicodeScalars.last, !last.isASCII else { return nil }
            if !endings.contains(last) { endings.append(last) }
        }
        return endings
    }

    /// The first kind whose words the title holds, as printed or without its year
    /// (`…州级补助资金2023年度绩效自评报告` is a fund's 资金绩效自评报告).
    private func reportKind(_ title: String) -> String? {
        var yearless: String?
        if let year = year(in: title), let range = title.range(of: "\(year)年") {
            var rest = title[range.upperBound...]
            if rest.hasPrefix("度") { rest = rest.dropFirst() }
            yearless = String(title[..<range.lowerBound] + rest)
        }
        // `…救灾资金(第八批)绩效自评报告`: a note between a fund and its report's words.
        let noteless = yearless.map { Self.withoutNotes(Substring($0)) }
        return rules.reportKinds.first { kind in
            [title, yearless, noteless].contains { text in
                guard let text else { return false }
                return kind.titleWords.contains { CellText.contains(text, $0) }
                    && !kind.unlessWords.contains { CellText.contains(text, $0) }
            }
        }?.id
    }
}
