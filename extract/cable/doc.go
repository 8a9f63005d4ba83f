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
// row.
//
// A cable's body becomes numbered paragraphs: page-break lines, repeated
// section headers, SIPDIS and TAGS lines, rules, signatures and ¶ anchors are
// removed and hard-wrapped lines joined with a space. Every paragraph keeps
// Spans that map each byte of its text back to the bytes of the original
// document (for HTML, the raw page; for cables.csv, the csv file), so a
// figure can cite its exact source.
//
// Paragraph numbers: "6. (C)" gives 6 and marking "C", "4-12." gives 4. A
// block without a number that follows a numbered paragraph (a list, a
// lettered sub-paragraph, text after a page break) keeps that paragraph's
// number; headings ("Prosecution Statistics", a line set off by a rule) and
// text before paragraph 1 have number 0. Every paragraph is one block
// between blank lines, so one number may have several paragraphs.
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
