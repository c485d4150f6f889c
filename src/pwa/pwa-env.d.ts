// Types of `virtual:pwa-register`, the module vite-plugin-pwa generates (src/pwa/register.ts).
/// <reference types="vite-plugin-pwa/vanillajs" />
