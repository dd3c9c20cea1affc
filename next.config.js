/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 and pg are native / Node-only: load them at run time instead of bundling.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  poweredByHeader: false,
};

export default nextConfig;
