// Does, on purpose, the two things a widget must never do under the strict policy, so the
// check can show that it would notice them.
const box = document.createElement('div');
document.body.append(box);
try {
  box.innerHTML = '<b>markup from a string</b>';
} catch {
  // Trusted Types refuses the string; the violation is what the check looks for.
}
box.setAttribute('style', 'color: red');
