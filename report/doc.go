// Package report turns figures into what policy analysts open first: a
// country workbook (Summary, Figures, Conflicts, Cables, About), a
// comparison workbook across countries, or the Figures table as CSV or JSON
// Lines.
//
// Every Summary cell shows one chosen value with its qualifier and unit and
// carries a note with the cable, paragraph and quote it came from, plus a
// link to its Figures row. How the value is chosen (choose.go) is written
// on the About sheet; disagreements are listed on the Conflicts sheet.
//
// Choose gives other packages (a drafted chapter) the same chosen values
// as the Summary sheet. When Input carries a Draft or a Compare grid (built
// by report/draft), the country workbook adds Draft and Compare sheets; every
// comparison workbook adds a Change sheet (the last two comparable periods
// per country and metric, with period-mismatch and coverage flags).
//
// Review decisions made in the Figures sheet (review, corrected value,
// comment) are read back with ReadReview and carried to the next workbook by
// a stable figure id (FigureID), so an analyst never reviews a figure twice.
//
// Workbook cells are always written as text or numbers, never as formulas,
// whatever a cable says; CSV output neutralises spreadsheet formula
// injection. The package does no extraction and reads no cables: it takes
// model.Figure and model.Cable values.
package report
