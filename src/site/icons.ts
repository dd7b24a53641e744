/** The PNG icons of the web app manifest (src/pages/[icon].png.ts draws them), at the sizes browsers ask for. */
export const installIcons = [
  { name: 'icon-192', size: 192, maskable: false },
  { name: 'icon-512', size: 512, maskable: false },
  { name: 'icon-maskable-512', size: 512, maskable: true },
] as const;
