import { cellText, dateInputText } from "./cellText";
import { isoToSerial } from "../../schema/dates";

const text = (value: Parameters<typeof cellText>[0], format?: string) => cellText(value, format).text;

describe("cellText", () => {
  it("shows blanks, text, booleans and errors as Excel does", () => {
    expect(cellText("", "General")).toEqual({ text: "", align: "left" });
    expect(cellText(null, "General").text).toBe("");
    expect(cellText("워털루시", "@")).toEqual({ text: "워털루시", align: "left" });
    expect(cellText(true, "General")).toEqual({ text: "TRUE", align: "center" });
    expect(cellText("#NAME?", "General")).toEqual({ text: "#NAME?", align: "center" });
  });

  it("shows General numbers plainly and right-aligned", () => {
    expect(cellText(408275000, "General")).toEqual({ text: "408275000", align: "right" });
    expect(text(0.1 + 0.2, "General")).toBe("0.3");
    expect(text(-12.5)).toBe("-12.5");
    expect(text(1166.5, "@")).toBe("1166.5");
  });

  it("groups thousands and rounds to the format's decimals", () => {
    expect(text(408275000, "#,##0")).toBe("408,275,000");
    expect(text(1234.567, "#,##0.00")).toBe("1,234.57");
    expect(text(882.4, "#,##0.0")).toBe("882.4");
    expect(text(0, "#,##0")).toBe("0");
    expect(text(-1500, "#,##0")).toBe("-1,500");
    expect(text(7, "000")).toBe("007");
  });

  it("keeps the decimal point of #,##0.## for whole numbers, like Excel", () => {
    expect(text(350000, "#,##0.##")).toBe("350,000.");
    expect(text(1234.5, "#,##0.##")).toBe("1,234.5");
  });

  it("handles percent, thousand scaling, literals and sections", () => {
    expect(text(0.256, "0.0%")).toBe("25.6%");
    expect(text(408275000, '#,##0,"천원"')).toBe("408,275천원");
    expect(text(408275000, '#,##0,,"백만원"')).toBe("408백만원");
    expect(text(5000, '[$₩-412]#,##0')).toBe("₩5,000");
    expect(text(-5000, '#,##0;[Red](#,##0)')).toBe("(5,000)");
    expect(text(0, '#,##0;(#,##0);"-"')).toBe("-");
    expect(text(12, '0" 명"')).toBe("12 명");
  });

  it("shows date serials in date formats, including Korean ones", () => {
    const serial = isoToSerial("2019-11-18");
    expect(serial).toBe(43787);
    expect(cellText(serial, "yyyy-mm-dd")).toEqual({ text: "2019-11-18", align: "right" });
    expect(text(serial, 'yyyy"년" m"월" d"일"')).toBe("2019년 11월 18일");
    expect(text(serial, "yyyy.mm.dd")).toBe("2019.11.18");
    expect(text(serial, "d-mmm-yy")).toBe("18-Nov-19");
    expect(text(serial, "dddd")).toBe("Monday");
  });

  it("tells minutes from months in date-time formats", () => {
    const serial = isoToSerial("2024-09-05") + (9 * 60 + 35) / 1440;
    expect(text(serial, "yyyy-mm-dd hh:mm")).toBe("2024-09-05 09:35");
    expect(text(serial, "h:mm AM/PM")).toBe("9:35 AM");
    expect(text(isoToSerial("2024-09-05") + 0.75, "hh:mm:ss")).toBe("18:00:00");
  });
});

describe("dateInputText (the formula bar)", () => {
  it("shows a date cell as a date, not its serial, as Excel's formula bar does", () => {
    const serial = isoToSerial("2019-11-18");
    expect(dateInputText(serial, "yyyy-mm-dd")).toBe("2019-11-18");
    expect(dateInputText(serial, "yyyy\"년\" m\"월\" d\"일\"")).toBe("2019-11-18");
    expect(dateInputText(serial + 0.5, "yyyy-mm-dd hh:mm")).toBe("2019-11-18 12:00:00");
    expect(dateInputText(0.75, "hh:mm:ss")).toBeNull();
    expect(dateInputText(serial, "#,##0")).toBeNull();
    expect(dateInputText(serial, "General")).toBeNull();
    expect(dateInputText("2019-11-18", "yyyy-mm-dd")).toBeNull();
  });
});
