// Runs Mozilla Readability.js over pages fed as JSON lines on stdin; answers one JSON line each.
// One long-running process serves many pages (starting node per page costs about a second).
// jsdom is created without script execution or resource loading, so nothing leaves the machine.
"use strict";
const readline = require("readline");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const quiet = new VirtualConsole();
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });

lines.on("line", (line) => {
  let answer;
  try {
    const request = JSON.parse(line);
    const dom = new JSDOM(request.html, { url: request.url || "https://page.invalid/", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    answer = article
      ? { title: article.title, byline: article.byline, publishedTime: article.publishedTime,
          content: article.content, textContent: article.textContent, excerpt: article.excerpt }
      : { title: null, byline: null, publishedTime: null, content: null, textContent: null, excerpt: null };
    dom.window.close();
  } catch (err) {
    answer = { error: String(err && err.stack ? err.stack : err) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
