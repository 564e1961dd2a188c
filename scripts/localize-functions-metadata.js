/**
 * Builds the ko-KR custom-functions metadata (functions.ko-KR.json) from the generated English
 * functions.json and src/functions/metadata/ko-KR.translations.json.
 *
 * Function NAMES stay English (EXPORTVALUE, TOTAL …) in every locale on purpose: officers copy
 * formulas such as =COMMIT.EXPORTVALUE(Commitments[#All], "단감", "미국", "2019-Q4") between
 * workbooks, e-mails and manuals, and quarterly templates are shared across offices whose Excel
 * runs in English or Korean. A translated name would make the same formula text fail (#NAME?)
 * when typed in the other locale. Only descriptions (function, parameters, result) are Korean;
 * ids, parameter names, types and options are copied unchanged so both files describe the same
 * functions.
 *
 * CommonJS with no dependencies so webpack.config.js and tests can require it.
 */
"use strict";

/**
 * @param {{ functions: Array<{ id: string, description?: string, parameters: Array<{ name: string, description?: string }>, result?: object }> }} functionsJson
 * @param {Record<string, { description: string, result?: string, parameters: Record<string, string> }>} translations
 * @returns the ko-KR metadata object
 * @throws when a function or parameter has no Korean text, or a translation names a function or parameter that does not exist
 */
function localizeMetadata(functionsJson, translations) {
  if (!functionsJson || !Array.isArray(functionsJson.functions)) {
    throw new Error("localizeMetadata: functionsJson has no functions array.");
  }
  const problems = [];
  const ids = new Set(functionsJson.functions.map((f) => f.id));
  for (const id of Object.keys(translations)) {
    if (!ids.has(id)) problems.push(`translation for unknown function ${id}`);
  }
  const functions = functionsJson.functions.map((fn) => {
    const korean = translations[fn.id];
    if (!korean) {
      problems.push(`${fn.id} has no Korean translation`);
      return fn;
    }
    if (typeof korean.description !== "string" || korean.description.trim() === "") {
      problems.push(`${fn.id} has no Korean description`);
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(korean.parameters || {})) {
      if (!names.has(name)) problems.push(`${fn.id}: translation for unknown parameter ${name}`);
    }
    const parameters = fn.parameters.map((p) => {
      const description = (korean.parameters || {})[p.name];
      if (typeof description !== "string" || description.trim() === "") {
        problems.push(`${fn.id}: parameter ${p.name} has no Korean description`);
      }
      return { ...p, description };
    });
    return { ...fn, description: korean.description, parameters };
  });
  if (problems.length > 0) {
    throw new Error(`ko-KR custom-functions metadata is incomplete:\n- ${problems.join("\n- ")}`);
  }
  return { ...functionsJson, functions };
}

module.exports = { localizeMetadata };
