package model_test

import (
	"encoding/json"
	"fmt"

	"github.com/tipx/tipx/model"
)

func ExampleFigure_FormatValue() {
	lo, hi := 7.0, 12.0
	f := model.Figure{Metric: model.SentenceLength, Unit: model.Years, Value: lo, ValueMax: &hi, Qualifier: model.Range}
	fmt.Println(f.FormatValue(), f.Metric.Family())
	// Output: 7–12 prosecution
}

func ExampleFigure_MarshalJSON() {
	f := model.Figure{Cable: "09BAKU677", Country: "Azerbaijan", Metric: model.Prosecutions, Unit: model.Cases,
		Value: 134, Source: model.Government, Paragraph: 6, Quote: "brought 134 criminal cases to the court", ID: 6}
	b, _ := json.Marshal(f)
	fmt.Println(string(b))
	// Output: {"cable":"09BAKU677","country":"Azerbaijan","metric":"prosecutions","unit":"cases","value":134,"value_max":null,"qualifier":"exact","currency":null,"usd":null,"per":null,"denominator":null,"period":null,"trafficking_type":"unspecified","population":null,"subset_of":null,"source":"government","speaker":null,"paragraph":6,"quote":"brought 134 criminal cases to the court","id":6}
}
