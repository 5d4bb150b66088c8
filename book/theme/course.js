// Side-by-side code that fits: each line of a side-by-side block becomes a
// block of its own that wraps with a hanging indent (its continuation lines
// start under its code, not at the margin), so that no line is cut off at
// any width. Runs after book.js has highlighted the code.
(function () {
    "use strict";

    // Splits the highlighted contents of `code` into one element per source
    // line, reopening the highlight spans a line break falls inside.
    function splitLines(code) {
        var lines = [];
        var line = document.createElement("span");
        var stack = [line];
        function newLine(open) {
            lines.push(line);
            line = document.createElement("span");
            stack = [line];
            open.forEach(function (element) {
                var copy = element.cloneNode(false);
                stack[stack.length - 1].appendChild(copy);
                stack.push(copy);
            });
        }
        function walk(node, open) {
            if (node.nodeType === Node.TEXT_NODE) {
                var parts = node.textContent.split("\n");
                parts.forEach(function (part, index) {
                    if (index > 0) {
                        newLine(open);
                    }
                    if (part !== "") {
                        stack[stack.length - 1].appendChild(document.createTextNode(part));
                    }
                });
            } else if (node.nodeType === Node.ELEMENT_NODE) {
                var copy = node.cloneNode(false);
                stack[stack.length - 1].appendChild(copy);
                stack.push(copy);
                var inner = open.concat([node]);
                Array.prototype.slice.call(node.childNodes).forEach(function (child) {
                    walk(child, inner);
                });
                stack.pop();
            }
        }
        Array.prototype.slice.call(code.childNodes).forEach(function (child) {
            walk(child, []);
        });
        if (line.textContent !== "") {
            lines.push(line);
        }
        return lines;
    }

    // The width of a line's leading white space, in characters (a tab is 4,
    // as the CSS `tab-size` says).
    function indentOf(text) {
        var width = 0;
        for (var i = 0; i < text.length; i++) {
            if (text[i] === " ") {
                width += 1;
            } else if (text[i] === "\t") {
                width += 4 - (width % 4);
            } else {
                break;
            }
        }
        return width;
    }

    function wrapBlock(code) {
        var lines = splitLines(code);
        code.textContent = "";
        lines.forEach(function (line) {
            line.className = "code-line";
            var indent = indentOf(line.textContent);
            line.style.paddingLeft = indent + 2 + "ch";
            line.style.textIndent = -(indent + 2) + "ch";
            if (line.textContent === "") {
                line.textContent = " ";
            }
            code.appendChild(line);
        });
        code.classList.add("wrapped");
    }

    document.querySelectorAll(".side-by-side pre > code").forEach(wrapBlock);

    // `?overflow-check`: what the course's book check reads (headless
    // Chromium, `--dump-dom`): every side-by-side line that is wider than
    // its block, and the number of lines measured.
    // It also counts the page's images and names those that did not load;
    // it reports once the page has loaded, images included.
    function writeReport() {
        var report = {
            lines: 0, overflowing: [], blocks: 0, stacked: 0, unlabelled: 0,
            images: 0, broken_images: []
        };
        // mdBook's page may hold an image twice: each source counts once.
        var seen = {};
        document.querySelectorAll("main img").forEach(function (img) {
            var src = img.getAttribute("src");
            if (seen[src]) {
                return;
            }
            seen[src] = true;
            report.images += 1;
            if (!img.complete || img.naturalWidth === 0) {
                report.broken_images.push(src);
            }
        });
        document.querySelectorAll(".side-by-side").forEach(function (block) {
            var columns = Array.prototype.slice.call(block.children);
            report.blocks += 1;
            var tops = columns.map(function (column) {
                return Math.round(column.getBoundingClientRect().top);
            });
            if (columns.length > 1 && tops[1] > tops[0]) {
                report.stacked += 1;
            }
            columns.forEach(function (column) {
                var label = window.getComputedStyle(column, "::before").content;
                if (!label || label === "none" || label === "normal") {
                    report.unlabelled += 1;
                }
            });
        });
        document.querySelectorAll(".side-by-side pre > code").forEach(function (code) {
            var box = code.getBoundingClientRect();
            if (code.scrollWidth > code.clientWidth + 1) {
                report.overflowing.push("a block scrolls sideways: " + code.textContent.slice(0, 60));
            }
            code.querySelectorAll(".code-line").forEach(function (line) {
                report.lines += 1;
                var rects = line.getClientRects();
                for (var i = 0; i < rects.length; i++) {
                    if (rects[i].right > box.right + 1) {
                        report.overflowing.push(line.textContent);
                        break;
                    }
                }
            });
        });
        var out = document.createElement("pre");
        out.id = "overflow-report";
        out.textContent = JSON.stringify(report);
        document.body.appendChild(out);
    }
    if (window.location.search.indexOf("overflow-check") !== -1) {
        if (document.readyState === "complete") {
            writeReport();
        } else {
            window.addEventListener("load", writeReport);
        }
    }
})();
