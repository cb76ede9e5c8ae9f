/**
 * Runs before first paint (inlined in <head> by app/layout.tsx): the stored choice, else the system
 * preference. Kept out of the client component so the server layout gets the string, not a reference.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem("theme");var d=t?t==="dark":window.matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;
