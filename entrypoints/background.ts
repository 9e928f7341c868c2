export default defineBackground(() => {
  // Wired in issue #4/#5.
});
