/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3, pg and linkedom (optional require of canvas) are Node-only: load them at run time instead of bundling.
  serverExternalPackages: ['better-sqlite3', 'pg', 'linkedom'],
  poweredByHeader: false,
};

export default nextConfig;
