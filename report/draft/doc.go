// Package draft writes the numbers part of a TIP Report country chapter
// from extracted figures: sentences in the report's register, in its order
// (Prosecution, Protection, Prevention), every number followed by the cable
// and paragraph it comes from ("[09BAKU677 ¶6]").
//
// The values are the ones the country workbook shows: Build takes them from
// report.Choose, so a draft and its workbook never disagree. Hedges survive
// ("approximately 50 of 100 victims"), part years say so, a disagreement
// between cables is written out with both citations, and a core metric
// without a figure is listed as a gap to ask the post about, never filled.
//
// Compare sets last year's published chapter (read as a plain document and
// extracted like a cable) against this year's cable figures: per metric the
// published figure, this year's figure and the change, and which figures one
// side has that the other does not.
//
// Markdown writes a Draft as a Markdown document; Sections and Grid give the
// same content to the Draft and Compare sheets of report.WriteCountry.
package draft
