// Package cable reads US diplomatic cables, in whatever form they circulate,
// into model.Cable records that the extractor and the reports can trust.
//
// Parse reads one document and detects its format without flags: the
// viewer text layout (Identifier / Created / Classification / Origin), the
// cablegate HTML pages of the 2010 and 2011 releases (hard-wrapped and
// reflowed), HTML fragments holding only the telegram, the alx text layout
// (five header lines, then the body glued on), body-only telegram text, one
// row of cables.csv, and plain prose when Options gives its id, date and
// country. Walk reads files, directories, .tar/.tar.gz/.tar.xz archives,
// cables.csv files and standard input, streaming member by member and row by
// row. Stream reads the same documents without parsing them, so that a pool
// of workers can parse them in parallel (see extract/batch).
//
// A cable's body becomes numbered paragraphs: page-break lines, repeated
// section headers, SIPDIS and TAGS lines, rules, signatures and ¶ anchors are
// removed and hard-wrapped lines joined with a space. Every paragraph keeps
// Spans that map each byte of its text back to the bytes of the original
// document (for HTML, the raw page; for cables.csv, the csv file), so a
// figure can cite its exact source.
//
// Paragraph numbers: "6. (C)" gives 6 and marking "C"; "4-12." gives 4;
// "¶1.", "1 . (U)", "(C) 1.", "16.(c)" and "¶5." alone on its line are
// read too, and the sections of a submission keyed to a questionnaire
// ("18A. (SBU)", "27.B.", "20A-B.") give their number (18, 27, 20). Which
// "N." lines number the cable is decided over the whole body: the
// increasing sequence that explains the most of them, marked and lettered
// ones counting most, a jump cheap for them and dear for a bare number; a
// marked number may restart the count in a new section. A list inside a
// paragraph ("1. ... 2. ..." after paragraph 4, "1) ...", "A. ...") and a
// quoted document's own paragraphs keep the number of the paragraph that
// holds them. A block without a number that follows a numbered paragraph
// (a list, a lettered sub-paragraph, text after a page break) keeps that
// paragraph's number; headings ("Prosecution Statistics", a line set off
// by a rule) and text before paragraph 1 have number 0. Every paragraph is
// one block between blank lines, so one number may have several
// paragraphs; reflowed pages that put one paragraph per line without blank
// lines are cut at each numbered line after a sentence end, and a marked
// number glued after a sentence ("... Kamilov. 16. (c) Comment") starts a
// paragraph of its own. A blank line inside a sentence ("the ICFTP and
// the\n\nFiscalia stated") does not end the paragraph.
//
// Text mends what telegrams mangled, with spans that say so (their text
// and source lengths differ): an apostrophe sent as a comma or a question
// mark ("Argentina,s", "COSTA RICA?S") becomes "’", a doubled quotation
// mark ("\"\"action plan\"\"") a single one. Line-continuation marks
// (" \" at the end of every line) and fragments of page-break lines
// ("001.2 OF 003", "PAGE 02 RUEHFRA0170 S E C R E T") are removed, as is a
// section header squeezed into a reflowed line ("E.O. 12958: DECL: ...
// TAGS: ...").
//
// Metadata comes from the container first (the page's table, the viewer or
// alx header lines, the csv columns), then from the telegram: the reference
// id from the classification line and the year of the date ("BUENOS AIRES
// 000602" → 07BUENOSAIRES602; ids made from section headers such as
// 08ECTION01OF02MANAMA492 are repaired), the creation time from the
// date-time group "P 280814Z AUG 09" (all times are UTC), the origin from
// the FM line. Options fill in what a document does not state.
//
// The country of a cable comes from its post (a table of every post) and,
// for Washington, missions to international bodies and posts that report on
// third countries, from the country tags of its TAGS line.
//
// Parse keeps no shared mutable state: documents may be parsed by
// concurrent workers.
package cable
